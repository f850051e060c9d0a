/**
 * Start the bot's transports from configuration: the gateway client when DISCORD_TOKEN is set,
 * the HTTP interactions endpoint when DISCORD_PUBLIC_KEY and INTERACTIONS_PORT are. SIGINT and
 * SIGTERM stop taking interactions, let those in flight finish, and close.
 */
import type { Server } from 'node:http';
import { createApp, type App } from '../app.ts';
import { ConfigError, type Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { GatewayBot } from './gateway.ts';
import { createInteractionsServer } from './http.ts';
import { discordPorts, missingPermissions, restOnlyClient } from './ports.ts';
import { startupText, terminalLocale } from './startup.ts';
import type { Client } from 'discord.js';
import { ownsScheduledWork } from './shards.ts';

export interface RunningBot {
  app: App;
  gateway?: GatewayBot;
  http?: Server;
  stop(): Promise<void>;
}

async function startTransports(app: App): Promise<RunningBot> {
  const { config, logger } = app;
  const running: RunningBot = { app, stop: async () => undefined };
  if (config.DISCORD_PUBLIC_KEY && !config.INTERACTIONS_PORT)
    throw new ConfigError(
      'DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not: set both to serve HTTP interactions.',
    );
  if (config.DISCORD_TOKEN && config.DISCORD_GATEWAY === 'on') {
    running.gateway = new GatewayBot(app, { token: config.DISCORD_TOKEN, api: config.DISCORD_API_URL });
    await running.gateway.start();
  }
  // Without the gateway, a token still lets this process post (digests, schedules) over REST.
  const rest =
    !running.gateway && config.DISCORD_TOKEN ? restOnlyClient(config.DISCORD_TOKEN, config.DISCORD_API_URL) : undefined;
  const client = running.gateway?.client ?? rest;
  const ports = client && discordPorts(client);
  if (config.DISCORD_PUBLIC_KEY && config.INTERACTIONS_PORT) {
    const server = createInteractionsServer(app, {
      publicKey: config.DISCORD_PUBLIC_KEY,
      api: config.DISCORD_API_URL,
      ports,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new ConfigError(`INTERACTIONS_PORT ${config.INTERACTIONS_PORT}: ${error.message}`)),
      );
      server.listen(config.INTERACTIONS_PORT, resolve);
    });
    logger.info({ port: config.INTERACTIONS_PORT }, 'HTTP interactions endpoint listening');
    running.http = server;
  }
  // Scheduled digests post through this process's client (the process holding shard 0 when
  // sharded); several processes on one database claim each slot once. The seeds folder is watched either way.
  const { moderation } = app;
  await moderation.start({ ports: client && ownsScheduledWork(client) ? ports : undefined });
  if (running.gateway) await warnOfMissingPermissions(app, running.gateway.client);
  running.stop = async () => {
    const closing = running.http ? new Promise((resolve) => running.http?.close(resolve)) : undefined;
    await running.gateway?.stop();
    await rest?.destroy();
    await closing;
    await moderation.stop();
  };
  return running;
}

/** One line for each scheduled channel the bot could not post to, naming what it lacks there. */
async function warnOfMissingPermissions(app: App, client: Client): Promise<void> {
  const t = startupText(terminalLocale(undefined));
  const schedules = await (await app.moderation.store()).schedules.all();
  for (const schedule of schedules) {
    const missing = await missingPermissions(client, schedule.channelId, schedule.destination === 'thread');
    if (!missing?.length) continue;
    const channel = client.channels.cache.get(schedule.channelId);
    const name = channel && 'name' in channel && channel.name ? `#${channel.name}` : schedule.channelId;
    app.logger.warn({ channelId: schedule.channelId, missing }, t.missingPermissions(name, missing.join(', ')));
  }
}

export async function startBot(config: Config, logger: Logger): Promise<RunningBot> {
  const app = await createApp(config, { logger });
  // Handlers go in before the transports start: a SIGTERM while the scheduler or the document sync
  // is still starting must drain and exit 0, not kill the process mid-write.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    started
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // Signals are handled on a later turn, so `started` is always set when shutdown reads it.
  const started = startTransports(app);
  return started;
}
