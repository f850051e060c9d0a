/**
 * Handing a question over to people (issue 24), end to end through the real discord.js client and
 * the fake Discord: "Ask a colleague" on an answer opens a thread in the hand-off channel a
 * moderator chose, with the question, the answer given and a link back, pinging the chosen role
 * (and nothing else); the same question finds the same thread.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type FakeInteraction } from './fake-discord/index.ts';
import { callbackOf, startBotUnderTest, type BotUnderTest } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { channel, command, description, ROLE_ID, type Body } from './support/moderation-world.ts';

let t: BotUnderTest;

beforeAll(async () => {
  t = await startBotUnderTest();
});

afterAll(async () => {
  await t?.stop();
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
  const buttons = body.data.components.flatMap((row: Body) => row.components) as Body[];
  const colleague = buttons.find((button) => button.custom_id?.includes(':colleague:'));
  return { interaction, body, colleague, message: t.fake.originalMessage(interaction)! };
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
    expect(english.data.flags).toBe(64);
    expect(english.data.embeds[0].description).toContain('/channels handoff');
    const czech = await press(colleague!.custom_id, message.id, 'cs');
    expect(czech.data.embeds[0].description).toContain('/kanály předání');
  });

  it('is on an answer the documents do not give, too: that is when a colleague helps most', async () => {
    const { body, colleague } = await searched('Qwzx blorptang zibble?');
    expect(body.data.embeds[0].description).toContain('Nothing in the documents matches');
    expect(colleague?.label).toBe('Ask a colleague');
  });

  it('opens a thread in the hand-off channel with the question, the answer and a link, pinging only the role', async () => {
    const second = t.fake.channels.second;
    const set = await command(t, 'channels', 'handoff', { channel: channel(second), role: role(ROLE_ID) });
    expect(description(set)).toContain(`<#${second}>`);
    expect(description(set)).toContain(`<@&${ROLE_ID}>`);
    expect(set.flags).toBe(64);

    const question = 'What does Frontex do at the border?';
    const { colleague, message } = await searched(question);
    const pressed = await press(colleague!.custom_id, message.id);
    const starter = t.fake.requests.find(
      (r) =>
        r.method === 'POST' &&
        r.route === `/channels/${second}/messages` &&
        (r.body as Body).embeds?.[0]?.title === question,
    )!;
    expectValidDiscordBody(starter);
    const sent = starter.body as Body;
    expect(sent.content).toBe(`<@&${ROLE_ID}>`);
    expect(sent.allowed_mentions).toEqual({ parse: [], roles: [ROLE_ID] });
    const fields = sent.embeds[0].fields as Body[];
    expect(fields[0]!.value).toContain('Frontex');
    expect(fields[1]!.value).toBe(`https://discord.com/channels/${t.fake.guildId}/${message.channel_id}/${message.id}`);
    const opened = await t.fake.waitForRequest({ method: 'POST', route: /^\/channels\/\d+\/messages\/\d+\/threads$/ });
    // A thread started from a message has that message's id.
    const threadId = opened.route.split('/')[4];
    expect(pressed.data.flags).toBe(64);
    expect(pressed.data.embeds[0].description).toBe(
      `I asked your colleagues in <#${threadId}>; the answer will be there.`,
    );

    // The same question, asked again by someone else and written otherwise: the same thread, in Czech.
    const again = await searched('what does frontex do at the BORDER', 'cs');
    const second_ = await press(again.colleague!.custom_id, again.message.id, 'cs');
    expect(second_.data.embeds[0].description).toContain(`<#${threadId}>`);
    expect(second_.data.embeds[0].description).toContain('kolegové už ptají');
    const threads = t.fake.requests.filter((r) => r.method === 'POST' && /\/threads$/.test(r.route));
    expect(threads).toHaveLength(1);
  });
});
