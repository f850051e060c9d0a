/**
 * Several gateway processes: discord.js's ShardingManager spawns this same program once per shard
 * (SHARD_COUNT=auto or a number); each child runs the ordinary bot for its shards, which
 * discord.js reads from the environment the manager sets. Scheduled work runs in one of them.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Client } from 'discord.js';
import { ConfigError, type Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/** True in a child the manager spawned (discord.js passes the shard list as SHARDS). */
export const isShardChild = (env: NodeJS.ProcessEnv = process.env): boolean => env.SHARDS !== undefined;

/** Scheduled digests run only where shard 0 is, so they are posted once whatever the shard count. */
export const ownsScheduledWork = (client: Client): boolean => !client.shard || client.shard.ids.includes(0);

export async function startShardManager(config: Config, logger: Logger): Promise<ShardingManager> {
  if (!config.DISCORD_TOKEN || config.SHARD_COUNT === undefined)
    throw new ConfigError('sharding needs DISCORD_TOKEN and SHARD_COUNT');
  if (config.INTERACTIONS_PORT) {
    throw new ConfigError(
      'SHARD_COUNT and INTERACTIONS_PORT together would bind the port once per shard: serve HTTP interactions from a separate, unsharded instance.',
    );
  }
  const manager = new ShardingManager(fileURLToPath(new URL('../main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards: config.SHARD_COUNT,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ timeout: 60_000 });
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping shards');
    for (const shard of manager.shards.values()) shard.process?.kill(signal);
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return manager;
}
