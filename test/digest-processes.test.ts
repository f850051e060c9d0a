/**
 * Bot processes posting digests for real (the poster program: App, store, discord.js REST) against
 * the fake Discord: two at once on one database, and one killed -9 at a random moment and run again.
 * Every development must reach the channel exactly once. (Longer kill loops: bench/kill-digests.ts.)
 */
import { describe, expect, it } from 'vitest';
import { killRound, postingWorld, postTogether, tally } from './support/digest-runs.ts';
import { describePostgres, postgresDatabase } from './support/pg-suite.ts';

const DEVELOPMENTS = 80;

async function twoAtOnce(database: { url?: string }) {
  const world = await postingWorld(DEVELOPMENTS, database);
  try {
    const posters = await postTogether(world);
    const codes = await Promise.all(posters.map((poster) => poster.exited));
    expect(codes, posters.map((poster) => poster.output()).join('\n')).toEqual([0, 0]);
    return tally(world.fake, world.channelId, DEVELOPMENTS);
  } finally {
    await world.close();
  }
}

async function killRounds(rounds: number, database: () => Promise<{ url?: string }>) {
  const results = [];
  for (let round = 0; round < rounds; round++) results.push(await killRound(DEVELOPMENTS, await database(), 500, 6));
  return results;
}

describe('digest posting processes on SQLite', () => {
  it('two processes posting the same digest at once: every development arrives once', async () => {
    expect(await twoAtOnce({})).toEqual({ lines: DEVELOPMENTS, duplicates: 0, losses: 0 });
  }, 120_000);

  it('a process killed -9 while posting, then run again: no development twice, none lost', async () => {
    const results = await killRounds(1, async () => ({}));
    for (const result of results) expect(result).toMatchObject({ lines: DEVELOPMENTS, duplicates: 0, losses: 0 });
  }, 150_000);
});

describePostgres('digest posting processes on PostgreSQL', () => {
  it('two processes posting the same digest at once: every development arrives once', async () => {
    expect(await twoAtOnce({ url: await postgresDatabase() })).toEqual({
      lines: DEVELOPMENTS,
      duplicates: 0,
      losses: 0,
    });
  }, 120_000);

  it('a process killed -9 while posting, then run again: no development twice, none lost', async () => {
    const results = await killRounds(1, async () => ({ url: await postgresDatabase() }));
    for (const result of results) expect(result).toMatchObject({ lines: DEVELOPMENTS, duplicates: 0, losses: 0 });
  }, 150_000);
});
