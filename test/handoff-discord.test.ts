/**
 * Handing a question over to people, and learning from their answers (issue 24), end to end
 * through the real discord.js client and the fake Discord: "Ask a colleague" on an answer opens a
 * thread in the hand-off channel a moderator chose, with the question, the answer given and a link
 * back, pinging the chosen role (and nothing else); the same question finds the same thread. A
 * moderator's reply there, or any message a moderator saves with "Save as answer", becomes a team
 * answer that /search finds and cites.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord.js';
import { teamAnswerFileName } from '../src/documents/team-answers.ts';
import { seedsFolder } from './support/seed-fixtures.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { snowflake, type FakeInteraction } from './fake-discord/index.ts';
import { callbackOf, startBotUnderTest, type BotUnderTest } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { channel, command, description, ROLE_ID, type Body } from './support/moderation-world.ts';
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';

let t: BotUnderTest;
// Team answers are written into the seeds folder: a copy of it, never the repository's.
const seeds = seedsFolder();

beforeAll(async () => {
  // The intent lets the bot read a moderator's reply in a hand-off thread.
  t = await startBotUnderTest({ env: { MESSAGE_CONTENT_INTENT: 'on', SEEDS_DIR: seeds.dir } });
});

afterAll(async () => {
  await t?.stop();
  seeds.remove();
});

const role = (id: string) => ({ type: ApplicationCommandOptionType.Role, value: id });

/** /search typed by a fresh person; resolves with the answer message and its "Ask a colleague" button. */
async function searched(query: string, locale = 'en-US') {
  const interaction = t.fake.sendInteraction(
    t.fake.chatInputInteraction({ name: 'search', options: { query }, user: { id: snowflake() }, locale }),
  );
  const callback = await callbackOf(t.fake, interaction);
  // A slow first answer (a busy machine) is deferred, then edited in.
  const body =
    callback.type === 5
      ? {
          data: (
            await t.fake.waitForRequest({
              method: 'PATCH',
              route: `/webhooks/${t.fake.applicationId}/${interaction.token}/messages/@original`,
            })
          ).body as Body,
        }
      : callback;
  const buttons = body.data.components.flatMap((row: Body) => row.components ?? []) as Body[];
  const colleague = buttons.find((button) => button.custom_id?.includes(':colleague:'));
  // The fake records a request before it has taken effect: wait for the message to exist.
  const message = await vi.waitFor(() => t.fake.originalMessage(interaction) ?? Promise.reject(new Error('not yet')));
  return { interaction, body, colleague, message };
}

/** The answer the user finally sees: the callback's data, or the edit after a deferral. */
async function finalAnswer(interaction: FakeInteraction): Promise<Body> {
  const callback = await callbackOf(t.fake, interaction);
  if (callback.type !== 5) return callback.data;
  const edit = await t.fake.waitForRequest(
    { method: 'PATCH', route: `/webhooks/${t.fake.applicationId}/${interaction.token}/messages/@original` },
    30_000,
  );
  expectValidDiscordBody(edit);
  // A deferred reply is private by its callback; the edit carries the layout's own flag.
  const body = edit.body as Body;
  return { ...body, flags: (callback.data?.flags ?? 0) | (body.flags ?? 0) };
}

/** The first result of a /search (its title and what follows it), and the answer line. */
async function firstResult(query: string, locale = 'en-US') {
  const { body } = await searched(query, locale);
  const lines = visibleLines(body.data);
  const at = lines.findIndex((line) => line.startsWith('**1. '));
  const next = lines.findIndex((line, i) => i > at && /^\*\*\d+\. /.test(line));
  return {
    name: at >= 0 ? lines[at]!.replace(/\*\*/g, '') : '',
    value: at >= 0 ? lines.slice(at + 1, next < 0 ? undefined : next).join('\n') : '',
    line: lines[0] ?? '',
  };
}

const press = (customId: string, messageId: string, locale = 'en-US'): Promise<Body> =>
  callbackOf(
    t.fake,
    t.fake.sendInteraction(
      t.fake.buttonInteraction({ customId, messageId, user: { id: snowflake() }, locale }) as FakeInteraction,
    ),
  );

describe('Ask a colleague', () => {
  it('is on every answer in a server, and says privately when no hand-off channel is set, in English and Czech', async () => {
    const { body, colleague, message } = await searched('What does Frontex do at the border?');
    expect(body.data.components.at(-1).components.map((b: Body) => b.label)).toEqual([
      'Helpful',
      'Not helpful',
      'Ask a colleague',
    ]);
    const english = await press(colleague!.custom_id, message.id);
    expect(isPrivate(english.data)).toBe(true);
    expect(visibleText(english.data)).toContain('/channels handoff');
    const czech = await press(colleague!.custom_id, message.id, 'cs');
    expect(visibleText(czech.data)).toContain('/kanály předání');
  });

  it('is on an answer the documents do not give, too: that is when a colleague helps most', async () => {
    const { body, colleague } = await searched('Qwzx blorptang zibble?');
    expect(visibleText(body.data)).toContain('Nothing in the documents matches');
    expect(colleague?.label).toBe('Ask a colleague');
  });

  it('opens a thread in the hand-off channel with the question, the answer and a link, pinging only the role', async () => {
    const second = t.fake.channels.second;
    const set = await command(t, 'channels', 'handoff', { channel: channel(second), role: role(ROLE_ID) });
    expect(description(set)).toContain(`<#${second}>`);
    expect(description(set)).toContain(`<@&${ROLE_ID}>`);
    expect(isPrivate(set)).toBe(true);

    const question = 'What does Frontex do at the border?';
    const { colleague, message } = await searched(question);
    const pressed = await press(colleague!.custom_id, message.id);
    const starter = t.fake.requests.find(
      (r) =>
        r.method === 'POST' &&
        r.route === `/channels/${second}/messages` &&
        visibleText(r.body as Body).includes(`**${question}**`),
    )!;
    expectValidDiscordBody(starter);
    const sent = starter.body as Body;
    expect(visibleLines(sent)[0]).toBe(`<@&${ROLE_ID}>`);
    expect(sent.allowed_mentions).toEqual({ parse: [], roles: [ROLE_ID] });
    expect(visibleText(sent)).toContain('Frontex');
    expect(visibleLines(sent)).toContain(
      `https://discord.com/channels/${t.fake.guildId}/${message.channel_id}/${message.id}`,
    );
    const opened = await t.fake.waitForRequest({ method: 'POST', route: /^\/channels\/\d+\/messages\/\d+\/threads$/ });
    // A thread started from a message has that message's id.
    const threadId = opened.route.split('/')[4];
    expect(isPrivate(pressed.data)).toBe(true);
    expect(visibleText(pressed.data)).toContain(`I asked your colleagues in <#${threadId}>; the answer will be there.`);

    // The same question, asked again by someone else and written otherwise: the same thread, in Czech.
    const again = await searched('what does frontex do at the BORDER', 'cs');
    const second_ = await press(again.colleague!.custom_id, again.message.id, 'cs');
    expect(visibleText(second_.data)).toContain(`<#${threadId}>`);
    expect(visibleText(second_.data)).toContain('kolegové už ptají');
    const threads = t.fake.requests.filter((r) => r.method === 'POST' && /\/threads$/.test(r.route));
    expect(threads).toHaveLength(1);
  });
});

describe('team answers', () => {
  const moderator = () => ({ id: snowflake(), username: 'desk-officer' });

  it('saves a message a moderator marks with "Save as answer" as a team answer /search finds and cites', async () => {
    const question = t.fake.sendUserMessage({ content: 'Opening hours of the Zanzibar liaison desk?' });
    const answer = t.fake.sendUserMessage({
      content: 'The Zanzibar liaison desk opens at 07:30 on weekdays; call extension 4411.',
      replyTo: question.id,
      user: moderator(),
      roles: [t.fake.world.moderatorRoleId],
    });
    const menu = (source: Record<string, unknown>) =>
      finalAnswer(
        t.fake.sendInteraction(
          t.fake.messageMenuInteraction({ targetMessageId: answer.id, name: 'Save as answer', ...source }),
        ),
      );
    const refused = await menu({ user: { id: snowflake() } });
    expect(visibleText(refused)).toContain('Only moderators');
    const saved = await menu({
      memberPermissions: PermissionFlagsBits.ManageMessages | PermissionFlagsBits.ViewChannel,
    });
    expect(isPrivate(saved)).toBe(true);
    expect(visibleText(saved)).toContain('Saved as a team answer to “Opening hours of the Zanzibar liaison desk?”');

    const found = await firstResult('Opening hours of the Zanzibar liaison desk?');
    expect(found.name).toBe('1. Team answer: Opening hours of the Zanzibar liaison desk?');
    expect(found.value).toContain('07:30');
    const link = `https://discord.com/channels/${t.fake.guildId}/${answer.channel_id}/${answer.id}`;
    expect(found.value).toContain(link);
    // In Czech too: the result is the same document, its citation worded in Czech.
    const czech = await firstResult('Zanzibar liaison desk', 'cs');
    expect(czech.name).toBe('1. Team answer: Opening hours of the Zanzibar liaison desk?');
    expect(czech.value).toContain('[Zdroj]');
  });

  it('tells a moderator, in Czech, when a message answers no question it can tell', async () => {
    const lonely = t.fake.sendUserMessage({ content: 'Some words with no question before them.' });
    const answer = await finalAnswer(
      t.fake.sendInteraction(
        t.fake.messageMenuInteraction({
          targetMessageId: lonely.id,
          name: 'Save as answer',
          memberPermissions: PermissionFlagsBits.ManageMessages,
          locale: 'cs',
        }),
      ),
    );
    expect(isPrivate(answer)).toBe(true);
    expect(visibleText(answer)).toContain('Nepoznám, na jaký dotaz');
  });

  it("turns a moderator's reply in a hand-off thread into a team answer for the thread's question", async () => {
    const question = 'Sign-off for a cross-border pursuit into Poland?';
    const { colleague, message } = await searched(question);
    const pressed = await press(colleague!.custom_id, message.id);
    const threadId = /<#(\d+)>/.exec(visibleText(pressed.data))![1]!;
    // A member's message there is only talk; a moderator's is the answer.
    t.fake.sendUserMessage({ content: 'Same question here!', channelId: threadId, user: { id: snowflake() } });
    const reply = t.fake.sendUserMessage({
      content: 'The Polish border guard duty officer in Kłodzko signs it off, on the Gorlitz hotline.',
      channelId: threadId,
      user: moderator(),
      roles: [t.fake.world.moderatorRoleId],
    });
    const confirmation = await t.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.route === `/channels/${threadId}/messages` &&
        (r.body as Body)?.message_reference?.message_id === reply.id,
      15_000,
    );
    expectValidDiscordBody(confirmation);
    expect(visibleText(confirmation.body as Body)).toContain('Saved as a team answer');
    expect((confirmation.body as Body).allowed_mentions).toEqual({ parse: [], replied_user: false });
    const found = await firstResult(question);
    expect(found.name).toBe(`1. Team answer: ${question}`);
    expect(found.value).toContain('Kłodzko');
  });

  it('is removed like any document, with /documents remove, and /search no longer finds it', async () => {
    const file = teamAnswerFileName('Opening hours of the Zanzibar liaison desk?');
    const removed = await command(t, 'documents', 'remove', { document: file });
    expect(description(removed)).toContain('Removed **Team answer: Opening hours of the Zanzibar liaison desk?**');
    const after = await firstResult('Opening hours of the Zanzibar liaison desk?');
    expect(after.name).not.toContain('Team answer');
  });

  it('registers "Save as answer" for moderators, in servers only, named in every language', () => {
    const commands = t.fake.registeredCommands(t.fake.guildId) as Body[];
    const save = commands.find((c) => c.name === 'Save as answer')!;
    expect(save.type).toBe(ApplicationCommandType.Message);
    expect(save.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
    expect(save.contexts).toEqual([InteractionContextType.Guild]);
    expect(save.name_localizations).toEqual({ cs: 'Uložit jako odpověď', de: 'Als Antwort speichern' });
  });
});
