/**
 * Several bot processes posting digests against one fake Discord: start them, kill them (-9), and
 * count what reached the channel: every development line should arrive exactly once.
 */
import { visibleLines } from './visible-text.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';
import { processEnv, ROOT } from './programs.ts';
import { developmentText, seedsFolder, tempDir, type SeedsFolder } from './seed-fixtures.ts';

const POSTER = 'test/support/digest-poster.ts';

/** `count` developments, long enough that a digest takes several messages. */
export function developments(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    title: `Measure ${i + 1} on joint patrols and information exchange at the border`,
    date: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    country: ['Austria', 'Czechia', 'Slovakia', 'Poland'][i % 4]!,
    body: `Measure ${i + 1} changes how joint patrols are planned and how information is exchanged between police directorates, border guards and the ministry, starting this year.`,
  }));
}

export interface PostingWorld {
  fake: FakeDiscord;
  seeds: SeedsFolder;
  channelId: string;
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

/** A fake Discord (answers held back a little, so a kill often lands between Discord acting and the bot hearing) and a seeds folder. */
export async function postingWorld(count: number, database: { url?: string } = {}): Promise<PostingWorld> {
  const fake = await startFakeDiscord({ latencyMs: 5, answerDelayMs: 15 });
  const seeds = seedsFolder({ copySeeds: false });
  developments(count).forEach((spec, i) => seeds.add(`dev-${i}.txt`, developmentText(spec)));
  const data = tempDir('poster');
  return {
    fake,
    seeds,
    channelId: fake.channels.main,
    env: (extra = {}) => ({
      SEEDS_DIR: seeds.dir,
      DATA_DIR: data,
      DIGEST_WINDOW_DAYS: '3650',
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiBase,
      CHANNEL_ID: fake.channels.main,
      LOG_LEVEL: 'silent',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      ...extra,
    }),
    async close() {
      await fake.close();
      seeds.remove();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export interface Poster {
  child: ChildProcess;
  /** With WAIT_FOR_GO: loaded and waiting for go(). */
  loaded: Promise<void>;
  go(): void;
  ready: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
}

function startPoster(env: Record<string, string>): Poster {
  const child = spawn(process.execPath, ['--import', 'tsx', POSTER], {
    cwd: ROOT,
    env: processEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  let markLoaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('loaded\n')) markLoaded();
    if (out.includes('ready\n')) markReady();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, loaded, go: () => child.stdin!.end('go\n'), ready, exited, output: () => `${out}${err}` };
}

/** Run a poster to its end; throws with its output when it fails. */
async function postToEnd(env: Record<string, string>): Promise<void> {
  const poster = startPoster(env);
  const code = await poster.exited;
  if (code !== 0) throw new Error(`poster exited ${code}: ${poster.output()}`);
}

/** Two posters on one database, loaded first, then told to post at the same moment. */
export async function postTogether(world: PostingWorld): Promise<Poster[]> {
  const posters = [startPoster(world.env({ WAIT_FOR_GO: '1' })), startPoster(world.env({ WAIT_FOR_GO: '1' }))];
  await Promise.race([Promise.all(posters.map((poster) => poster.loaded)), ...posters.map((poster) => poster.exited)]);
  posters.forEach((poster) => poster.go());
  await Promise.all(posters.map((poster) => poster.exited));
  return posters;
}

/** Development lines in the channel: each should be there once. */
export function tally(fake: FakeDiscord, channelId: string, expected: number) {
  const lines = fake.messages
    .filter((m) => m.channel_id === channelId && !m.deleted)
    .flatMap((m) => visibleLines(m))
    .filter((line) => /^\*\*\d{4}-\d{2}-\d{2}\*\* — /.test(line));
  const unique = new Set(lines).size;
  return { lines: lines.length, duplicates: lines.length - unique, losses: expected - unique };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the fake has received the `nth` message post to a channel (on arrival, before it acts), or the poster is gone. */
async function nthPost(world: PostingWorld, nth: number, victim: Poster): Promise<void> {
  let gone = false;
  void victim.exited.then(() => (gone = true));
  const route = `/channels/${world.channelId}/messages`;
  while (!gone && world.fake.requests.filter((r) => r.method === 'POST' && r.route === route).length < nth)
    await sleep(2);
}

/**
 * One kill round: a poster killed -9 at a random moment during posting, then one run to the end
 * (settling what the killed one left). The moment: a random time after it starts posting (up to
 * `maxKillMs`), or (as often) a random point within the exchange of its n-th message (n random
 * up to `messages`): before Discord acts, after Discord acted but before the answer, or after.
 * Resolves with the round's duplicates and losses.
 */
export async function killRound(count: number, database: { url?: string }, maxKillMs: number, messages = 0) {
  const world = await postingWorld(count, database);
  try {
    const victim = startPoster(world.env());
    await victim.ready;
    const nth = Math.floor(Math.random() * (messages + 1));
    const started = Date.now();
    if (nth > 0) await nthPost(world, nth, victim);
    await sleep(nth > 0 ? Math.random() * 40 : Math.random() * maxKillMs);
    const delay = Date.now() - started;
    victim.child.kill('SIGKILL');
    await victim.exited;
    const before = tally(world.fake, world.channelId, count);
    await postToEnd(world.env());
    return { delayMs: Math.round(delay), sentBeforeKill: before.lines, ...tally(world.fake, world.channelId, count) };
  } finally {
    await world.close();
  }
}
