/** The bot on Discord, end to end: the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../src/framework/define.ts';
import { snowflake, type FakeInteraction, type RecordedRequest } from './fake-discord/index.ts';
import { startBotUnderTest, type BotUnderTest } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';

const failing = defineCommand({
  name: 'explode',
  options: {},
  run() {
    throw new Error('kaboom: secret internals');
  },
});

/** A slow command answers only once the test lets it, after the test has seen the deferral: nothing sleeps. */
const gate = { open: (): void => undefined };

const slow = defineCommand({
  name: 'slow',
  lookup: true,
  options: {},
  async run() {
    await new Promise<void>((resolve) => (gate.open = resolve));
    return { cards: [{ title: 'Done slowly' }] };
  },
});

const slowPrivate = defineCommand({ ...slow, name: 'slowprivate', private: true });

let t: BotUnderTest;

beforeAll(async () => {
  t = await startBotUnderTest({ extraCommands: [failing, slow, slowPrivate] });
});

afterAll(async () => {
  const bodies = t.fake.requests.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.body !== undefined);
  expect(bodies.length).toBeGreaterThan(10);
  for (const request of bodies) expectValidDiscordBody(request);
  await t?.stop();
});

const callbackOf = (interaction: FakeInteraction): Promise<RecordedRequest> =>
  t.fake.waitForRequest({ method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) });

async function command(
  name: string,
  options: Record<string, string | number | boolean> = {},
  extra: Record<string, unknown> = {},
) {
  // A fresh person each time unless given: typed /search counts against the person's questions a minute.
  const interaction = t.fake.sendInteraction(
    t.fake.chatInputInteraction({ name, options, user: { id: snowflake() }, ...extra }),
  );
  const callback = await callbackOf(interaction);
  return { interaction, body: callback.body as { type: number; data: Record<string, any> } };
}

describe('command registration', () => {
  it('registers every command with Czech localisations and moderator defaults', () => {
    const commands = (t.fake.registeredCommands(t.fake.guildId) as Array<Record<string, any>>).filter(
      (c) => c.type === 1,
    );
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['search', 'help', 'about']));
    for (const c of commands) {
      expect(c.name_localizations?.cs, c.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(c.description_localizations?.cs, c.name).toBeTruthy();
    }
    const search = commands.find((c) => c.name === 'search')!;
    expect(search.options.map((o: { name: string }) => o.name)).toEqual([
      'query',
      'country',
      'since',
      'kind',
      'hide',
      'mention',
    ]);
  });
});

describe('slash commands', () => {
  it('answers /search with cited results, mentions locked down', async () => {
    const { body } = await command('search', { query: 'havrankova' });
    expect(body.type).toBe(4);
    expect(isPrivate(body.data)).toBe(false);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const lines = visibleLines(body.data);
    expect(lines).toContain('**Search: havrankova**');
    const first = lines.indexOf('**1. International Cooperation – About Us and Contact Points**');
    expect(first).toBeGreaterThan(lines.indexOf('**Search: havrankova**'));
    expect(lines[first + 1]).toContain('**Havránková**');
  });

  it('hides the answer with hide:true', async () => {
    const { body } = await command('search', { query: 'frontex', hide: true });
    expect(isPrivate(body.data)).toBe(true);
  });

  it('points the answer at one person with mention, and may ping only them', async () => {
    const { body } = await command('search', {
      query: 'frontex',
      mention: { type: 6, value: '123456789012345678' } as never,
    });
    // The mention, then the answer line.
    expect(visibleLines(body.data)[0]).toMatch(/^<@123456789012345678> \S/);
    expect(visibleText(body.data).match(/<@/g)).toHaveLength(1);
    expect(body.data.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });

  it('answers in Czech to a Czech client', async () => {
    const { body } = await command('search', { query: 'policejni spoluprace' }, { locale: 'cs' });
    expect(visibleLines(body.data)).toContain('**Hledání: policejni spoluprace**');
    // The Czech words found in an English document: its "police cooperation" is marked.
    expect(visibleText(body.data)).toMatch(/\*\*police\*\*/i);
  });

  it('explains a bad option privately', async () => {
    const { body } = await command('search', { query: 'frontex', since: 'next tuesday-ish' });
    expect(isPrivate(body.data)).toBe(true);
    expect(visibleText(body.data)).toContain('is not a date I understand');
  });

  it('lists the commands with /help and the corpus with /about', async () => {
    const help = await command('help');
    expect(visibleText(help.body.data)).toContain('/search');
    // How to ask without a command: by mention, in a DM, from the message menu, in the asker's language.
    expect(visibleText(help.body.data)).toMatch(
      /@liaison\*\* followed by your question[\s\S]*In a DM[\s\S]*Search liaison/,
    );
    const czech = visibleText((await command('help', {}, { locale: 'cs' })).body.data);
    expect(czech).toMatch(/Ptát se bez příkazu[\s\S]*V soukromé zprávě[\s\S]*Hledat v liaison/);
    const about = visibleText((await command('about')).body.data);
    expect(about).toMatch(/\*\*Documents\*\*\n5 /);
    expect(about).toContain('**Newest**\n6 February 2026\n');
  });
});

describe('autocomplete', () => {
  it('suggests countries present in the documents', async () => {
    const interaction = t.fake.sendInteraction(
      t.fake.autocompleteInteraction({
        name: 'search',
        focused: { name: 'country', value: 'cz' },
        options: { query: 'x' },
      }),
    );
    const { body } = (await callbackOf(interaction)) as {
      body: { type: number; data: { choices: Array<{ name: string }> } };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.name)).toEqual(['Czechia']);
  });

  const suggestions = async (typed: string, locale: string) => {
    const interaction = t.fake.sendInteraction(
      t.fake.autocompleteInteraction({ name: 'search', focused: { name: 'query', value: typed }, options: {}, locale }),
    );
    const { body } = (await callbackOf(interaction)) as {
      body: { type: number; data: { choices: Array<{ name: string; value: string }> } };
    };
    expect(body.type).toBe(8);
    return body.data.choices.map((c) => c.value);
  };

  it.each(['en-US', 'cs'])('suggests titles and earlier questions while a question is typed (%s)', async (locale) => {
    expect(await suggestions('slovakia sign', locale)).toContain(
      'Czechia and Slovakia sign new agreement on police cooperation',
    );
    await command('search', { query: `  Kdo   vyřizuje pátrání ${locale}?` }, { locale });
    // The earlier question, as asked (spaces tidied), found without its diacritics.
    expect(await suggestions('vyrizuje patrani', locale)).toContain(`Kdo vyřizuje pátrání ${locale}?`);
  });
});

describe('failures and slowness', () => {
  it('turns a throwing command into a private error with an id, and nothing leaks', async () => {
    const { body } = await command('explode');
    expect(body.type).toBe(4);
    expect(isPrivate(body.data)).toBe(true);
    expect(visibleText(body.data)).toMatch(/Something went wrong.*\*\*[0-9a-f]{8}\*\*/);
    expect(JSON.stringify(body)).not.toContain('kaboom');
  });

  it('defers a slow answer within 3 s and then edits it in', async () => {
    const { interaction, body } = await command('slow');
    expect(body.type).toBe(5);
    gate.open();
    const edit = await t.fake.waitForRequest({
      method: 'PATCH',
      route: new RegExp(`^/webhooks/\\d+/${interaction.token}/messages/@original`),
    });
    expect(visibleLines(edit.body as object)[0]).toBe('**Done slowly**');
  });

  it('defers privately when every answer of the command is private', async () => {
    const { body } = await command('slowprivate');
    gate.open();
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('keeps answering after the gateway drops the connection', async () => {
    t.fake.dropConnection();
    await t.fake.waitForSession(10_000);
    const { body } = await command('search', { query: 'Prague Process' });
    expect(visibleText(body.data)).toContain('Cooperation in the area of asylum');
  });
});
