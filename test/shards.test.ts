/** Sharding: `npm start` with SHARD_COUNT runs the bot under discord.js's ShardingManager. */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { isShardChild, ownsScheduledWork } from '../src/discord/shards.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { SEEDS_DIR } from './support/bot.ts';
import { startProgram } from './support/programs.ts';

let fake: FakeDiscord | undefined;
let manager: ChildProcess | undefined;

afterAll(async () => {
  manager?.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await fake?.close();
});

describe('sharding', () => {
  it('runs scheduled work only where shard 0 is', () => {
    const client = (ids: number[] | null) => ({ shard: ids && { ids } }) as unknown as Client;
    expect(ownsScheduledWork(client(null))).toBe(true);
    expect(ownsScheduledWork(client([0]))).toBe(true);
    expect(ownsScheduledWork(client([1, 2]))).toBe(false);
    expect(isShardChild({ SHARDS: '[1]' })).toBe(true);
    expect(isShardChild({})).toBe(false);
  });

  it('spawns the bot as a shard process that connects and answers', async () => {
    fake = await startFakeDiscord();
    manager = startProgram('src/main.ts', {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiBase,
      SHARD_COUNT: '1',
      SEEDS_DIR,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-shards-')),
      LOG_LEVEL: 'silent',
    });
    await fake.waitForSession(30_000);
    expect(fake.identifyPayloads.at(-1)).toMatchObject({ shard: [0, 1] });
    const interaction = fake.sendInteraction(
      fake.chatInputInteraction({ name: 'search', options: { query: 'frontex' } }),
    );
    const callback = await fake.waitForRequest(
      { method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) },
      10_000,
    );
    expect((callback.body as { type: number }).type).toBe(4);
  }, 60_000);
});
