// Self-test of the fake Discord (test/fake-discord) and of the request-body
// validator (test/support/discord-spec.ts), driven by a real discord.js Client.
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  SlashCommandBuilder,
  TextChannel,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from './fake-discord/index.ts';
import { discordRuleViolations, expectValidDiscordBody, validateRequestBody } from './support/discord-spec.ts';

let fake: FakeDiscord;
let client: Client;
/** Requests this file sends on purpose with invalid bodies. */
const deliberatelyInvalid = new Set<RecordedRequest>();

function newClient(target: FakeDiscord, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: target.apiBase },
    allowedMentions: { parse: [] },
    ...extra,
  });
}

async function login(target: Client, server: FakeDiscord): Promise<void> {
  const ready = new Promise((resolve) => target.once(Events.ClientReady, resolve));
  await target.login(server.token);
  await ready;
}

/** Runs `handler` on the client's next interaction; resolves with its result. */
function onNextInteraction<T>(handler: (interaction: Interaction) => Promise<T>, target = client): Promise<T> {
  return new Promise((resolve, reject) => {
    target.once(Events.InteractionCreate, (interaction) => handler(interaction).then(resolve, reject));
  });
}

const callbackOf = (interaction: { id: string }) => ({
  method: 'POST',
  route: new RegExp(`^/interactions/${interaction.id}/`),
});

beforeAll(async () => {
  fake = await startFakeDiscord();
  client = newClient(fake);
  await login(client, fake);
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('fake Discord with a real discord.js client', () => {
  it('logs in and caches the guild and both text channels', () => {
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.channels.cache.get(fake.channels.main)).toBeInstanceOf(TextChannel);
    expect(guild?.channels.cache.get(fake.channels.second)?.name).toBe('channel-1');
    expect(guild?.members.me?.id).toBe(fake.botUserId);
    expect(fake.identifyCount).toBe(1);
    expect(fake.identifyPayloads[0]?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('delivers a slash command and records an ephemeral reply (type 4, flags 64)', async () => {
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({
        content: `pong ${interaction.options.getString('word')}`,
        flags: MessageFlags.Ephemeral,
      });
      return {
        locale: interaction.locale,
        guildId: interaction.guildId,
        perms: interaction.memberPermissions?.bitfield,
      };
    });
    const sent = fake.sendInteraction(
      fake.chatInputInteraction({ name: 'ping', options: { word: 'hi' }, locale: 'de' }),
    );
    const seen = await handled;
    expect(seen).toMatchObject({ locale: 'de', guildId: fake.guildId });
    const callback = await fake.waitForRequest(callbackOf(sent));
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong hi', flags: 64 } });
    expect(validateRequestBody(callback.method, callback.path, callback.body)).toMatchObject({ ok: true });
    expect(discordRuleViolations(callback.method, callback.path, callback.body)).toEqual([]);
    expect(fake.originalMessage(sent)?.content).toBe('pong hi');
  });

  it('round-trips deferReply + editReply (PATCH @original) + followUp (POST webhook)', async () => {
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const button = new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Secondary);
      const edited = await interaction.editReply({
        content: 'answer',
        embeds: [new EmbedBuilder().setTitle('Sources').setDescription('…').addFields({ name: 'a', value: 'b' })],
        components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
      });
      const followUp = await interaction.followUp({ content: 'more', flags: MessageFlags.Ephemeral });
      return { edited: edited.content, followUp: followUp.content };
    });
    const sent = fake.sendInteraction(fake.chatInputInteraction({ name: 'ask', subcommand: 'question' }));
    expect(await handled).toEqual({ edited: 'answer', followUp: 'more' });
    const defer = await fake.waitForRequest(callbackOf(sent));
    expect(defer.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const webhook = `/webhooks/${fake.applicationId}/${sent.token}`;
    const edit = await fake.waitForRequest({ method: 'PATCH', route: `${webhook}/messages/@original` });
    expect(edit.path).toContain('%40original');
    const followUp = await fake.waitForRequest({ method: 'POST', route: webhook });
    for (const request of [defer, edit, followUp]) expectValidDiscordBody(request);
    expect(fake.originalMessage(sent)).toMatchObject({ content: 'answer', flags: 64 });
  });

  it('answers autocomplete with respond() (type 8)', async () => {
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      const typed = interaction.options.getFocused();
      await interaction.respond([1, 2, 3].map((n) => ({ name: `${typed} ${n}`, value: `${typed}-${n}` })));
    });
    const sent = fake.sendInteraction(
      fake.autocompleteInteraction({ name: 'ask', subcommand: 'question', focused: { name: 'topic', value: 'visa' } }),
    );
    await handled;
    const callback = await fake.waitForRequest(callbackOf(sent));
    expect(callback.body).toMatchObject({ type: 8, data: { choices: [{ name: 'visa 1', value: 'visa-1' }, {}, {}] } });
    expectValidDiscordBody(callback);
  });

  it('passes typed options and an attachment hosted on the fake', async () => {
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      const file = interaction.options.getAttachment('file', true);
      const text = await (await fetch(file.url)).text();
      const count = interaction.options.getInteger('count');
      await interaction.reply({ content: `${file.name}:${text}:${count}:${interaction.options.getBoolean('all')}` });
    });
    const options = {
      count: 3,
      all: true,
      file: { attachment: { filename: 'note.txt', body: 'hello', contentType: 'text/plain' } },
    };
    const sent = fake.sendInteraction(fake.chatInputInteraction({ name: 'ingest', options }));
    await handled;
    expect(fake.originalMessage(sent)?.content).toBe('note.txt:hello:3:true');
  });

  it('handles a button on a message the bot sent, with update() (type 7)', async () => {
    const channel = client.channels.cache.get(fake.channels.main) as TextChannel;
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('page:2').setLabel('Next').setStyle(ButtonStyle.Primary),
    );
    const posted = await channel.send({
      content: 'page 1',
      components: [row],
      files: [{ attachment: Buffer.from('digest'), name: 'digest.txt' }],
    });
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button');
      await interaction.update({ content: `page 2 (${interaction.customId})`, components: [] });
    });
    const sent = fake.sendInteraction(fake.buttonInteraction({ customId: 'page:2', messageId: posted.id }));
    await handled;
    const post = await fake.waitForRequest({ method: 'POST', route: `/channels/${fake.channels.main}/messages` });
    expect(post.bodyKind).toBe('multipart');
    expect(post.files[0]).toMatchObject({ filename: 'digest.txt', size: 6 });
    expectValidDiscordBody(post);
    expectValidDiscordBody(await fake.waitForRequest(callbackOf(sent)));
    const stored = fake.messages.find((message) => message.id === posted.id);
    expect(stored?.content).toBe('page 2 (page:2)');
    expect(await (await fetch(stored!.attachments[0]!.url)).text()).toBe('digest');
  });

  it('registers commands with application.commands.set (PUT validated)', async () => {
    const ask = new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask the documents a question')
      .addStringOption((option) => option.setName('question').setDescription('Your question').setRequired(true))
      .addStringOption((option) => option.setName('topic').setDescription('Topic').setAutocomplete(true))
      .addStringOption((option) =>
        option
          .setName('lang')
          .setDescription('Language')
          .addChoices({ name: 'English', value: 'en' }, { name: 'Deutsch', value: 'de' }),
      );
    const saved = await client.application!.commands.set([ask.toJSON()]);
    const put = await fake.waitForRequest({ method: 'PUT', route: `/applications/${fake.applicationId}/commands` });
    expectValidDiscordBody(put);
    expect(saved.first()?.name).toBe('ask');
    expect(fake.registeredCommands()).toHaveLength(1);
    expect(fake.chatInputInteraction({ name: 'ask' }).data.id).toBe(saved.first()?.id);
  });

  it('plays Discord error answers: failNext, double acknowledgement', async () => {
    const handled = onNextInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      return interaction.reply({ content: 'x' }).catch((error: unknown) => error);
    });
    fake.failNext({ method: 'POST', route: /\/callback$/ }, 403);
    fake.sendInteraction(fake.chatInputInteraction({ name: 'ping' }));
    const error = await handled;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);

    const sent = fake.sendInteraction(fake.chatInputInteraction({ name: 'ping' }));
    const body = { type: 5 };
    await client.rest.post(`/interactions/${sent.id}/${sent.token}/callback`, { body, auth: false });
    const again = await client.rest
      .post(`/interactions/${sent.id}/${sent.token}/callback`, { body, auth: false })
      .catch((e: unknown) => e);
    expect((again as DiscordAPIError).code).toBe(40060);
  });

  it('shows the validator failing on invalid bodies', async () => {
    const callback = '/api/v10/interactions/1/token/callback';
    const longTitle = { type: 4, data: { embeds: [{ title: 'x'.repeat(300) }], allowed_mentions: { parse: [] } } };
    const result = validateRequestBody('POST', callback, longTitle);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toContain('/data/embeds/0/title');
    expect(discordRuleViolations('POST', callback, longTitle)).toContain(
      'data.embeds[0].title has 300 characters (max 256)',
    );

    const commands = [{ name: 'Bad Name', description: 'd' }];
    expect(discordRuleViolations('PUT', '/api/v10/applications/1/commands', commands).join('\n')).toMatch(/lowercase/);
    expect(discordRuleViolations('POST', '/api/v10/channels/1/messages', { content: 'hi' })).toEqual([
      'message.allowed_mentions is missing (the bot must never ping by accident)',
    ]);
    expect(validateRequestBody('POST', '/api/v10/nowhere', {}).ok).toBe(false);

    // End to end: discord.js sends a raw embed object unchecked; the recorded request is rejected.
    const handled = onNextInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ embeds: [{ title: 'y'.repeat(300) }] });
    });
    const sent = fake.sendInteraction(fake.chatInputInteraction({ name: 'ping' }));
    await handled;
    const recorded = await fake.waitForRequest(callbackOf(sent));
    deliberatelyInvalid.add(recorded);
    expect(() => expectValidDiscordBody(recorded)).toThrow(/embeds\/0\/title/);
  });

  it('plays enforce_nonce (the same nonce returns the first message) and lists channel history', async () => {
    const channel = (await client.channels.fetch(fake.channels.second)) as TextChannel;
    const first = await channel.send({ content: 'digest part 1', nonce: 'n-abc', enforceNonce: true });
    const again = await channel.send({ content: 'digest part 1', nonce: 'n-abc', enforceNonce: true });
    expect(again.id).toBe(first.id);
    const unenforced = await channel.send({ content: 'digest part 1', nonce: 'n-abc' });
    expect(unenforced.id).not.toBe(first.id);
    const history = await channel.messages.fetch({ limit: 10, cache: false });
    expect([...history.values()].map((m) => m.id)).toEqual([unenforced.id, first.id]);
    const after = await channel.messages.fetch({ after: first.id, limit: 10, cache: false });
    expect([...after.keys()]).toEqual([unenforced.id]);
  });

  it('resumes after a dropped connection and replays what was sent meanwhile', async () => {
    const session = fake.waitForSession(3000);
    fake.dropConnection();
    const handled = onNextInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'still here' });
    });
    const sent = fake.sendInteraction(fake.chatInputInteraction({ name: 'ping' })); // queued while disconnected
    expect(await session).toBe('resumed');
    await handled;
    expect(fake.resumeCount).toBe(1);
    expect(fake.originalMessage(sent)?.content).toBe('still here');
  });

  it('makes a client re-identify when its session is invalidated', async () => {
    // Own fake + client, so the main client keeps its session. A no-op identify
    // throttle skips discord.js's 5 s wait between two IDENTIFYs of one client.
    const other = await startFakeDiscord({ heartbeatIntervalMs: 50 });
    const second = newClient(other, {
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
    });
    try {
      await login(second, other);
      await expect.poll(() => second.ws.ping, { timeout: 1000 }).toBeGreaterThanOrEqual(0); // heartbeat acked
      const session = other.waitForSession(3000);
      other.dropConnection(4000, { invalidateSession: true });
      expect(await session).toBe('ready');
      expect(other.identifyCount).toBe(2);
      const handled = onNextInteraction(async (interaction) => interaction.isChatInputCommand(), second);
      other.sendInteraction(other.chatInputInteraction({ name: 'ping' }));
      expect(await handled).toBe(true);
    } finally {
      await second.destroy();
      await other.close();
    }
  });

  it('saw only valid request bodies from discord.js (apart from the deliberate one)', () => {
    const checked = fake.requests.filter((request) => !deliberatelyInvalid.has(request));
    expect(checked.length).toBeGreaterThan(10);
    checked.forEach(expectValidDiscordBody);
  });
});
