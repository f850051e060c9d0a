/** Start the real bot (createApp + GatewayBot, discord.js for real) against a fresh fake Discord. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { createApp, type App } from '../../src/app.ts';
import type { Command } from '../../src/framework/define.ts';
import { loadCommands } from '../../src/framework/registry.ts';
import { readConfig, type Config } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { GatewayBot } from '../../src/discord/gateway.ts';
import { discordPorts } from '../../src/discord/ports.ts';
import { createLogger } from '../../src/logger.ts';
import { startFakeDiscord, type FakeDiscord, type FakeInteraction } from '../fake-discord/index.ts';
import { expectValidDiscordBody } from './discord-spec.ts';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

export interface BotUnderTest {
  fake: FakeDiscord;
  app: App;
  bot: GatewayBot;
  stop(): Promise<void>;
}

/** The body of the bot's answer to an interaction, checked against Discord's OpenAPI file. */
export type CallbackBody = { type: number; data: Record<string, any> };

/** Wait for the bot's callback to `interaction`; its body must be one Discord accepts. */
export async function callbackOf(fake: FakeDiscord, interaction: FakeInteraction): Promise<CallbackBody> {
  const request = await fake.waitForRequest({ method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) });
  expectValidDiscordBody(request);
  return request.body as CallbackBody;
}

export interface BotOptions {
  env?: Record<string, string>;
  /** Extra commands (e.g. one that throws) added to the real registry. */
  extraCommands?: Command[];
  clock?: () => Date;
  /** How long an answer may take before it is deferred. */
  deferAfterMs?: number;
  /** A fake Discord to reuse (a restart against the same world); stop() leaves it open. */
  fake?: FakeDiscord;
  /** Start the digest scheduler (posting through the bot's client) and, with watch, the seeds watcher, as start.ts does. */
  moderation?: { watch?: boolean };
}

export async function startBotUnderTest(options: BotOptions = {}): Promise<BotUnderTest> {
  const fake = options.fake ?? (await startFakeDiscord());
  const config: Config = readConfig({
    SEEDS_DIR,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-data-')),
    LOG_LEVEL: 'silent',
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiBase,
    ...options.env,
  });
  const registry = new Map(await loadCommands());
  for (const command of options.extraCommands ?? []) registry.set(command.name, command);
  const app = await createApp(config, {
    logger: createLogger('silent'),
    registry,
    clock: options.clock,
    deferAfterMs: options.deferAfterMs,
  });
  const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
  await deployCommands(rest, fake.applicationId, registry, fake.guildId);
  const bot = new GatewayBot(app, { token: fake.token, api: fake.apiBase, drainMs: 2000 });
  await bot.start();
  const { moderation } = app;
  if (options.moderation)
    await moderation.start({ ports: discordPorts(bot.client), watch: options.moderation.watch ?? false });
  return {
    fake,
    app,
    bot,
    async stop() {
      await bot.stop();
      await moderation.stop();
      if (!options.fake) await fake.close();
    },
  };
}
