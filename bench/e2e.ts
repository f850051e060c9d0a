/**
 * End to end through the real discord.js client and the fake Discord: interactions sent at a
 * fixed rate, latency from INTERACTION_CREATE sent to the interaction callback received.
 */
import { startBotUnderTest } from '../test/support/bot.ts';
import { percentiles, type Latency } from './measure.ts';

export interface EndToEnd {
  rate: number;
  seconds: number;
  sent: number;
  failures: number;
  latency: Latency;
}

export async function endToEnd(seedsDir: string, queries: readonly string[], rate: number, seconds: number): Promise<EndToEnd> {
  const bot = await startBotUnderTest({ env: { SEEDS_DIR: seedsDir } });
  const { fake } = bot;
  const samples: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const total = Math.round(rate * seconds);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const query = queries[i % queries.length]!;
    const interaction = fake.chatInputInteraction(
      i % 4 === 3 ? { name: 'about' } : { name: 'search', options: { query } },
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
  await bot.stop();
  return { rate, seconds, sent: total, failures, latency: percentiles(samples) };
}
