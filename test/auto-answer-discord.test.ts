/**
 * Answering without being asked (issue 24), end to end through the real discord.js client and the
 * fake Discord: a moderator picks a forum or a text channel with /channels, every new post (or
 * question) there gets its answer in its thread, and a question the documents do not answer gets
 * silence and a line in /questions. Without the Message Content intent, forum posts are answered
 * from their titles and text channels are refused; with it, from their text.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from './fake-discord/index.ts';
import { startBotUnderTest, type BotUnderTest } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { channel, command, description, MEMBER, MODERATOR, type Body } from './support/moderation-world.ts';
import { isPrivate, visibleLines } from './support/visible-text.ts';

const STRONG = 'What does Frontex do at the border?';
const CZECH = 'jaká je policejní spolupráce se Slovenskem?';

/** The bot's message in a thread (a forum post, or a thread on a message), checked against Discord's OpenAPI file. */
async function answerIn(t: BotUnderTest, threadId: string): Promise<Body> {
  const request = await t.fake.waitForRequest({ method: 'POST', route: `/channels/${threadId}/messages` }, 10_000);
  expectValidDiscordBody(request);
  return request.body as Body;
}

const postsIn = (t: BotUnderTest, threadId: string) =>
  t.fake.requests.filter((r) => r.method === 'POST' && r.route === `/channels/${threadId}/messages`);

/** /questions, asked until the question shows up (it is recorded once the bot has decided to stay silent). */
async function untilListed(t: BotUnderTest, question: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const listed = description(await command(t, 'questions', '', { days: 7 }));
    if (listed.toLowerCase().includes(question.toLowerCase())) return listed;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`“${question}” never reached /questions`);
}

/** The title of an answer's first card, as a reader sees it (in bold). */
const titleOf = (answer: Body): string =>
  visibleLines(answer)
    .find((line) => /^\*\*.+\*\*$/.test(line))
    ?.replace(/\*\*/g, '') ?? '';

describe('auto-answer without the Message Content intent', () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBotUnderTest();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('is for moderators only', async () => {
    const answer = await command(t, 'channels', 'auto-answer', { channel: channel(t.fake.channels.forum) }, MEMBER);
    expect(description(answer)).toContain('Only moderators');
    expect(isPrivate(answer)).toBe(true);
  });

  it('refuses a text channel, saying which intent it needs, in English and in Czech', async () => {
    const main = channel(t.fake.channels.main);
    const english = await command(t, 'channels', 'auto-answer', { channel: main });
    expect(description(english)).toContain('without the Message Content intent');
    expect(description(english)).toContain('MESSAGE_CONTENT_INTENT=on');
    const czech = await command(t, 'channels', 'auto-answer', { channel: main }, { ...MODERATOR, locale: 'cs' });
    expect(description(czech)).toContain('bez oprávnění Message Content');
    const list = await command(t, 'channels', 'list');
    expect(description(list)).not.toContain(`<#${t.fake.channels.main}>`);
  });

  it('answers each new forum post from its title, in the post; the reply says so', async () => {
    const set = await command(t, 'channels', 'auto-answer', { channel: channel(t.fake.channels.forum) });
    expect(description(set)).toContain(`<#${t.fake.channels.forum}>: every new post`);
    expect(description(set)).toContain('I answer each post from its title');
    const post = t.fake.createForumPost({ title: STRONG, content: 'Body text the bot cannot read' });
    const answer = await answerIn(t, post.id);
    expect(titleOf(answer)).toBe(`Search: ${STRONG}`);
    expect(answer.allowed_mentions).toEqual({ parse: [] });
    const labels = answer.components.at(-1).components.map((b: { label: string }) => b.label);
    expect(labels).toContain('Helpful');
  });

  it('answers a Czech post in Czech, and the command speaks Czech', async () => {
    const set = await command(
      t,
      'channels',
      'auto-answer',
      { channel: channel(t.fake.channels.forum) },
      { ...MODERATOR, locale: 'cs' },
    );
    expect(description(set)).toContain('odpovím podle jeho názvu');
    const post = t.fake.createForumPost({ title: CZECH, content: '' });
    expect(titleOf(await answerIn(t, post.id))).toBe(`Hledání: ${CZECH}`);
  });

  it('stays silent on a post the documents do not answer, and records it for /questions', async () => {
    const weak = 'Qwzx blorptang zibble frobnicate?';
    const post = t.fake.createForumPost({ title: weak, content: '' });
    const listed = await untilListed(t, weak);
    expect(listed).toContain('not in the documents: 1');
    expect(postsIn(t, post.id)).toEqual([]);
  });

  it('answers only what clears min_confidence', async () => {
    await command(t, 'channels', 'auto-answer', { channel: channel(t.fake.channels.forum), min_confidence: 100 });
    const weakened = 'Frontex border operations planned in 2026 with Czech officers on ships?';
    const post = t.fake.createForumPost({ title: weakened, content: '' });
    await untilListed(t, weakened);
    expect(postsIn(t, post.id)).toEqual([]);
    const list = await command(t, 'channels', 'list');
    expect(description(list)).toContain('holds 100 % of the question');
  });

  it('stops when turned off', async () => {
    const off = await command(t, 'channels', 'auto-answer-off', { channel: channel(t.fake.channels.forum) });
    expect(description(off)).toContain('no longer answer');
    const again = await command(t, 'channels', 'auto-answer-off', { channel: channel(t.fake.channels.forum) });
    expect(description(again)).toContain('was not answering');
  });
});

describe('auto-answer with the Message Content intent', () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBotUnderTest({ env: { MESSAGE_CONTENT_INTENT: 'on' } });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('asks Discord for the intent', () => {
    expect(Number(t.fake.identifyPayloads.at(-1)?.intents) & GatewayIntentBits.MessageContent).not.toBe(0);
  });

  it('answers a forum post from its first message', async () => {
    const set = await command(t, 'channels', 'auto-answer', { channel: channel(t.fake.channels.forum) });
    expect(description(set)).toContain('from its first message');
    const post = t.fake.createForumPost({ title: 'A question', content: STRONG });
    expect(titleOf(await answerIn(t, post.id))).toBe(`Search: ${STRONG}`);
  });

  it('answers a question in a text channel in a new thread on it, in English and in Czech', async () => {
    const second = t.fake.channels.second;
    const set = await command(t, 'channels', 'auto-answer', { channel: channel(second), commands: 'search contacts' });
    expect(description(set)).toContain('in a new thread');
    for (const [question, title] of [
      [STRONG, `Search: ${STRONG}`],
      [CZECH, `Hledání: ${CZECH}`],
    ] as const) {
      const message = t.fake.sendUserMessage({ content: question, channelId: second, user: { id: snowflake() } });
      const opened = await t.fake.waitForRequest({
        method: 'POST',
        route: `/channels/${second}/messages/${message.id}/threads`,
      });
      expectValidDiscordBody(opened);
      expect(titleOf(await answerIn(t, message.id))).toBe(title);
    }
  });

  it('refuses a list of lookups with an unknown one, naming the lookups', async () => {
    const answer = await command(t, 'channels', 'auto-answer', {
      channel: channel(t.fake.channels.second),
      commands: 'search digest',
    });
    expect(description(answer)).toContain('digest is not a lookup');
    expect(description(answer)).toContain('search');
  });
});
