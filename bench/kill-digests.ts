/**
 * kill -9 during digest posting, many rounds: a bot process posting a digest of 80 developments (6
 * messages) to the fake Discord is killed at a random moment (a random time after it starts
 * posting, or a random point in the exchange of a random one of its messages), then run again to the end; the
 * channel must hold every development exactly once. SQLite (nonce path) and PostgreSQL (a
 * throwaway cluster). Also two processes posting the same digest at once on PostgreSQL.
 *
 *   npm run bench:kill -- [--sqlite 50] [--postgres 20] [--pairs 5] [--out kill-results.json]
 *
 * Prints one line per round and a summary; writes bench/kill-results.json.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCluster, createDatabase, type Cluster } from '../test/support/postgres.ts';
import { killRound, postingWorld, postTogether, tally } from '../test/support/digest-runs.ts';

const DEVELOPMENTS = 80;
const MAX_KILL_MS = 1500;
/** The digest's messages: most kills land within the exchange of a random one of them. */
const MESSAGES = 6;

const { values } = parseArgs({
  options: {
    sqlite: { type: 'string', default: '50' },
    postgres: { type: 'string', default: '20' },
    pairs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'kill-results.json' },
  },
});

interface Round {
  delayMs: number;
  sentBeforeKill: number;
  lines: number;
  duplicates: number;
  losses: number;
}

function summary(name: string, rounds: Round[]) {
  const sum = (key: keyof Round) => rounds.reduce((total, round) => total + round[key], 0);
  const interrupted = rounds.filter((round) => round.sentBeforeKill > 0 && round.sentBeforeKill < DEVELOPMENTS).length;
  return {
    name,
    rounds: rounds.length,
    killedMidDigest: interrupted,
    duplicates: sum('duplicates'),
    losses: sum('losses'),
  };
}

async function kills(name: string, count: number, database: () => Promise<{ url?: string }>) {
  const rounds: Round[] = [];
  for (let i = 0; i < count; i++) {
    const round = await killRound(DEVELOPMENTS, await database(), MAX_KILL_MS, MESSAGES);
    rounds.push(round);
    console.log(
      `${name} round ${i + 1}: killed ${round.delayMs} ms into posting with ${round.sentBeforeKill} lines out; duplicates ${round.duplicates}, losses ${round.losses}`,
    );
  }
  return summary(name, rounds);
}

async function pairs(count: number, database: () => Promise<{ url?: string }>) {
  const results = [];
  for (let i = 0; i < count; i++) {
    const world = await postingWorld(DEVELOPMENTS, await database());
    await postTogether(world);
    const result = tally(world.fake, world.channelId, DEVELOPMENTS);
    console.log(
      `two processes at once, round ${i + 1}: ${result.lines} lines, duplicates ${result.duplicates}, losses ${result.losses}`,
    );
    results.push(result);
    await world.close();
  }
  return {
    name: 'two processes, PostgreSQL',
    rounds: count,
    duplicates: results.reduce((n, r) => n + r.duplicates, 0),
    losses: results.reduce((n, r) => n + r.losses, 0),
  };
}

const results: object[] = [];
if (Number(values.sqlite) > 0) results.push(await kills('kill -9, SQLite', Number(values.sqlite), async () => ({})));
let cluster: Cluster | undefined;
try {
  cluster = await startCluster();
  const admin = cluster.url;
  const database = async () => ({ url: await createDatabase(admin) });
  results.push(await kills('kill -9, PostgreSQL', Number(values.postgres), database));
  results.push(await pairs(Number(values.pairs), database));
} finally {
  cluster?.stop();
}
console.table(results);
writeFileSync(new URL(values.out, import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
