/**
 * Asking where the conversation is (issue 16), end to end through the real discord.js client and
 * the fake Discord: by mention, from a message's context menu, feedback buttons, the moderators'
 * list of what went unanswered, and the per-person rate limit.
 */
import { ApplicationIntegrationType, GatewayIntentBits, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type FakeInteraction, type FakeMessage } from './fake-discord/index.ts';
import { callbackOf, startBotUnderTest, type BotUnderTest, type CallbackBody } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';

let t: BotUnderTest;

beforeAll(async () => {
  t = await startBotUnderTest();
});

afterAll(async () => {
  await t?.stop();
});

type Body = CallbackBody;
type Sent = Record<string, any>;

const callback = (interaction: FakeInteraction): Promise<Body> => callbackOf(t.fake, interaction);

const command = (
  name: string,
  options: Record<string, string | number | boolean>,
  extra: Record<string, unknown> = {},
) =>
  // A fresh person each time unless given: typed /search counts against the person's questions a minute.
  callback(t.fake.sendInteraction(t.fake.chatInputInteraction({ name, options, user: { id: snowflake() }, ...extra })));

const repliesTo = (messageId: string): Sent[] =>
  t.fake.requests
    .filter((r) => r.method === 'POST' && (r.body as Sent | undefined)?.message_reference?.message_id === messageId)
    .map((r) => r.body as Sent);

/** The bot's reply to a message, validated against Discord's OpenAPI file. */
async function replyTo(message: FakeMessage): Promise<Sent> {
  const request = await t.fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.route === `/channels/${message.channel_id}/messages` &&
      (r.body as Sent)?.message_reference?.message_id === message.id,
  );
  expectValidDiscordBody(request);
  return request.body as Sent;
}

/** A person (a fresh one unless given) writes in the main channel; resolves with the bot's reply. */
async function ask(content: string, userId = snowflake()): Promise<Sent> {
  const reply = await replyTo(t.fake.sendUserMessage({ content, user: { id: userId } }));
  return { ...reply, asker: userId };
}

const mention = (text: string) => `<@${t.fake.botUserId}> ${text}`;
const MODERATOR = { memberPermissions: PermissionFlagsBits.ManageMessages | PermissionFlagsBits.ViewChannel };

describe('registration and intents', () => {
  it('asks only for Guilds, GuildMessages and DirectMessages: no Message Content', () => {
    const intents = Number(t.fake.identifyPayloads.at(-1)?.intents);
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('lets lookups run in DMs and as a user-installed app; moderator commands stay in servers', () => {
    const commands = t.fake.registeredCommands(t.fake.guildId) as Array<Record<string, any>>;
    const everywhere = [
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    ];
    const installs = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
    for (const name of ['search', 'contacts', 'treaty', 'developments', 'help', 'about', 'Search liaison']) {
      const found = commands.find((c) => c.name === name)!;
      expect(found.contexts, name).toEqual(everywhere);
      expect(found.integration_types, name).toEqual(installs);
    }
    for (const name of ['digest', 'documents', 'questions']) {
      const found = commands.find((c) => c.name === name)!;
      expect(found.contexts, name).toEqual([InteractionContextType.Guild]);
      expect(found.integration_types, name).toEqual([ApplicationIntegrationType.GuildInstall]);
    }
    const menu = commands.find((c) => c.name === 'Search liaison')!;
    expect(menu.type).toBe(3);
    expect(menu.name_localizations).toEqual({ cs: 'Hledat v liaison', de: 'In liaison suchen' });
    const put = t.fake.requests.find((r) => r.method === 'PUT' && r.route.endsWith('/commands'))!;
    expectValidDiscordBody(put);
  });
});

describe('ask by mention', () => {
  it('replies to the message with the answer /contacts gives, pinging only the asker', async () => {
    const question = 'who do I call at night?';
    const reply = await ask(mention(question));
    const typed = await command('contacts', { query: question });
    expect(reply.allowed_mentions).toEqual({ parse: [], users: [reply.asker], replied_user: true });
    expect(visibleText(reply)).toEqual(visibleText(typed.data));
    expect(visibleLines(reply)).toContain('**International Police Cooperation Directorate**');
    const labels = reply.components.at(-1).components.map((b: { label: string }) => b.label);
    expect(labels).toEqual(['Helpful', 'Not helpful', 'Ask a colleague']);
  });

  it('answers anything else as /search would, and a Czech question in Czech', async () => {
    const reply = await ask(mention('havrankova'));
    const typed = await command('search', { query: 'havrankova' });
    expect(visibleText(reply)).toEqual(visibleText(typed.data));
    const czech = await ask(mention('jaká je policejní spolupráce se Slovenskem?'));
    expect(visibleLines(czech)).toContain('**Hledání: jaká je policejní spolupráce se Slovenskem?**');
  });

  it('never lets a quoted mention ping anyone', async () => {
    const someone = snowflake();
    const reply = await ask(`${mention('havrankova')} <@${someone}> @everyone`);
    expect(reply.allowed_mentions.users).toEqual([reply.asker]);
    expect(reply.allowed_mentions.parse).toEqual([]);
  });

  it('leaves a message that does not mention it alone', async () => {
    const ignored = t.fake.sendUserMessage({ content: 'who do I call at night? (not asking the bot)' });
    await ask(mention('havrankova')); // sent after it, answered after it was seen
    expect(repliesTo(ignored.id)).toEqual([]);
  });

  it('answers every message in a DM, no mention needed', async () => {
    const reply = await replyTo(t.fake.sendUserMessage({ content: 'havrankova', dm: true }));
    const typed = await command('search', { query: 'havrankova' });
    expect(visibleText(reply)).toEqual(visibleText(typed.data));
    expect(reply.allowed_mentions).toEqual({ parse: [], users: [t.fake.user.id], replied_user: true });
  });

  it('asks for a question when the mention comes alone', async () => {
    const reply = await ask(mention(''));
    expect(visibleText(reply)).toContain('Ask me a question after the mention');
  });

  it('gives a burst one friendly "slow down", then silence', async () => {
    const user = snowflake();
    const burst = Array.from({ length: 7 }, (_, i) =>
      t.fake.sendUserMessage({ content: mention(`havrankova ${i}`), user: { id: user } }),
    );
    const replied = () => burst.flatMap((message) => repliesTo(message.id));
    await t.fake.waitForRequest(() => replied().length >= 6);
    await ask(mention('havrankova')); // someone else, after the burst: the burst has been handled
    const replies = replied();
    expect(replies).toHaveLength(6);
    expect(replies.filter((r) => visibleText(r).includes('Slow down'))).toHaveLength(1);
    expect(repliesTo(burst[6]!.id)).toEqual([]);
  });
});

describe('the message context menu', () => {
  it('answers the text of the message privately, as /search would', async () => {
    const target = t.fake.sendUserMessage({ content: 'havrankova' });
    const body = await callback(t.fake.sendInteraction(t.fake.messageMenuInteraction({ targetMessageId: target.id })));
    expect(body.type).toBe(4);
    expect(isPrivate(body.data)).toBe(true);
    const typed = await command('search', { query: 'havrankova' });
    expect(visibleText(body.data)).toEqual(visibleText(typed.data));
  });

  it('answers a forwarded message from what it forwards, in English and in Czech', async () => {
    const menuOn = (targetMessageId: string, locale = 'en-US') =>
      callback(
        t.fake.sendInteraction(t.fake.messageMenuInteraction({ targetMessageId, locale, user: { id: snowflake() } })),
      );
    const original = t.fake.sendUserMessage({ content: 'havrankova', channelId: t.fake.channels.second });
    const forward = t.fake.sendUserMessage({ content: '', forward: original });
    expect(forward.content).toBe('');
    const body = await menuOn(forward.id);
    expect(isPrivate(body.data)).toBe(true);
    const typed = await command('search', { query: 'havrankova' });
    expect(visibleText(body.data)).toEqual(visibleText(typed.data));

    const czechQuestion = t.fake.sendUserMessage({ content: 'jaká je policejní spolupráce se Slovenskem?' });
    const czech = await menuOn(t.fake.sendUserMessage({ content: '', forward: czechQuestion }).id, 'cs');
    expect(visibleText(czech.data)).toContain('Hledání: jaká je policejní spolupráce se Slovenskem?');
  });

  it('reads the words of a message that has only an embed', async () => {
    const card = t.fake.sendUserMessage({ content: '', embeds: [{ title: 'frontex', description: 'operations' }] });
    const body = await callback(
      t.fake.sendInteraction(t.fake.messageMenuInteraction({ targetMessageId: card.id, user: { id: snowflake() } })),
    );
    expect(visibleText(body.data)).toContain('Search: frontex operations');
  });

  it('answers in Czech for a Czech client', async () => {
    const target = t.fake.sendUserMessage({ content: 'frontex' });
    const body = await callback(
      t.fake.sendInteraction(t.fake.messageMenuInteraction({ targetMessageId: target.id, locale: 'cs' })),
    );
    expect(isPrivate(body.data)).toBe(true);
    expect(visibleLines(body.data)).toContain('**Hledání: frontex**');
  });
});

describe('feedback and what went unanswered', () => {
  const press = (customId: string, userId: string, locale = 'en-US') =>
    callback(t.fake.sendInteraction(t.fake.buttonInteraction({ customId, user: { id: userId }, locale })));

  const submit = (customId: string, userId: string, fields: Record<string, string | string[]>, locale = 'en-US') =>
    callback(t.fake.sendInteraction(t.fake.modalSubmitInteraction({ customId, fields, user: { id: userId }, locale })));

  it('records a vote once per person and answer, privately, leaving the answer as it was', async () => {
    const answer = await command('search', { query: 'frontex operations' });
    const [helpful] = answer.data.components.at(-1).components as Array<{ custom_id: string }>;
    expect(helpful!.custom_id.length).toBeLessThanOrEqual(100);
    const voter = snowflake();
    const first = await press(helpful!.custom_id, voter);
    expect(first.type).toBe(4);
    expect(isPrivate(first.data)).toBe(true);
    expect(visibleText(first.data)).toContain('Thank you');
    const again = await press(helpful!.custom_id, voter);
    expect(visibleText(again.data)).toContain('already rated');
  });

  it('asks why an answer did not help, in a form, and keeps the reason with the vote; in English and Czech', async () => {
    const question = 'frontex operations at sea';
    const answer = await command('search', { query: question });
    const [, notHelpful] = answer.data.components.at(-1).components as Array<{ custom_id: string }>;
    const voter = snowflake();
    const form = await press(notHelpful!.custom_id, voter);
    expect(form.type).toBe(9);
    expect(form.data.title).toBe('Why did it not help?');
    const [reason, detail] = form.data.components as Array<Record<string, any>>;
    expect(reason!.component.options.map((o: { value: string }) => o.value)).toEqual([
      'wrong',
      'outdated',
      'not-found',
      'other',
    ]);
    expect(detail!.component.custom_id).toBe('detail');
    const czechForm = await press(notHelpful!.custom_id, snowflake(), 'cs');
    expect(czechForm.data.title).toBe('Proč odpověď nepomohla?');
    expect(czechForm.data.components[0].component.options[1].label).toBe('Je zastaralá');

    const sent = await submit(form.data.custom_id, voter, { reason: ['outdated'], detail: 'The 2026 plan changed.' });
    expect(isPrivate(sent.data)).toBe(true);
    expect(visibleText(sent.data)).toContain('Thank you');
    const twice = await submit(form.data.custom_id, voter, { reason: ['wrong'], detail: '' });
    expect(visibleText(twice.data)).toContain('already rated');
    const czech = await submit(form.data.custom_id, snowflake(), { reason: ['not-found'], detail: '' }, 'cs');
    expect(visibleText(czech.data)).toContain('Děkuji');

    const store = await t.app.moderation.store();
    expect(await store.feedback.reasons(question)).toEqual([
      { reason: 'not-found', detail: undefined },
      { reason: 'outdated', detail: 'The 2026 plan changed.' },
    ]);
    const list = await command('questions', { days: 7 }, MODERATOR);
    expect(visibleText(list.data)).toContain(`**2×** ${question} (not in the documents: 0, not helpful: 2)`);
  });

  it('shows moderators an unanswered question asked twice as count 2, most frequent first', async () => {
    await ask(mention('Qwzx blorptang zibble?'));
    await ask(mention('qwzx   BLORPTANG zibble'));
    await ask(mention('Vrrmpf glonk'));
    const list = await command('questions', { days: 7 }, MODERATOR);
    expect(isPrivate(list.data)).toBe(true);
    const lines = visibleLines(list.data);
    const zanzibar = lines.findIndex((line) => line.includes('(not in the documents: 2, not helpful: 0)'));
    expect(lines[zanzibar]).toMatch(/^\*\*2×\*\* qwzx blorptang zibble/i);
    expect(zanzibar).toBeLessThan(lines.findIndex((line) => line.includes('Vrrmpf glonk')));
  });

  it('keeps the list from members who are not moderators', async () => {
    const list = await command('questions', {});
    expect(isPrivate(list.data)).toBe(true);
    expect(visibleText(list.data)).toContain('Only moderators');
  });
});
