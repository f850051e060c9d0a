/**
 * End to end as in production: the bot runs as its own process (`src/main.ts`, the real discord.js
 * client) against the fake Discord in this process; interactions are sent at a fixed rate and the
 * latency runs from INTERACTION_CREATE sent to the interaction callback received.
 */
import { readFile } from 'node:fs/promises';
import { startFakeDiscord } from '../test/fake-discord/index.ts';
import { startProgram } from '../test/support/programs.ts';
import { percentiles, type Latency } from './measure.ts';

export interface EndToEnd {
  rate: number;
  seconds: number;
  sent: number;
  failures: number;
  latency: Latency;
  /** Resident memory of the bot process at the end of the run. */
  botRssMB: number;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export async function endToEnd(
  seedsDir: string,
  dataDir: string,
  queries: readonly string[],
  rate: number,
  seconds: number,
): Promise<EndToEnd> {
  const fake = await startFakeDiscord();
  const bot = startProgram('src/main.ts', {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiBase,
    SEEDS_DIR: seedsDir,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  try {
    await fake.waitForSession(120_000);
    // Two seconds at the same rate first, not measured: JIT warm-up, as for a bot that has been up.
    const warmUp = 2;
    await send(fake, queries, rate, warmUp, 0);
    return {
      rate,
      seconds,
      ...(await send(fake, queries, rate, seconds, rate * warmUp)),
      botRssMB: await rssOf(bot.pid ?? 0),
    };
  } finally {
    bot.kill('SIGTERM');
    await fake.close();
  }
}

type Fake = Awaited<ReturnType<typeof startFakeDiscord>>;

/** Send `rate` interactions a second for `seconds`, from query number `first` on; wait for every callback. */
async function send(fake: Fake, queries: readonly string[], rate: number, seconds: number, first: number) {
  const samples: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const total = Math.round(rate * seconds);
  const started = performance.now();
  for (let j = 0; j < total; j++) {
    const i = first + j;
    const wait = started + (j * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const interaction = fake.chatInputInteraction(
      i % 4 === 3 ? { name: 'about' } : { name: 'search', options: { query: queries[i % queries.length]! } },
    );
    const sentAt = performance.now();
    fake.sendInteraction(interaction);
    pending.push(
      fake.waitForRequest({ method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) }, 10_000).then(
        (request) => {
          if ((request.status ?? 500) >= 300) failures++;
          else samples.push(performance.now() - sentAt);
        },
        () => void failures++,
      ),
    );
  }
  await Promise.all(pending);
  return { sent: total, failures, latency: percentiles(samples) };
}
