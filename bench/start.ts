/**
 * `node --import tsx bench/start.ts SEEDS_DIR DATA_DIR`: one start from the snapshot in DATA_DIR as
 * the bot makes one, in a process of its own (no other index in its heap to collect around), timed
 * from the first read to the knowledge base answering. Prints `{ from, seconds }`; run by run.ts.
 */
import { loadKnowledge } from '../src/knowledge/loader.ts';
import { createLogger } from '../src/logger.ts';

const [seeds, data] = process.argv.slice(2);
if (!seeds || !data) throw new Error('usage: bench/start.ts SEEDS_DIR DATA_DIR');
const started = performance.now();
const { from } = await loadKnowledge(seeds, data, createLogger('silent'));
console.log(JSON.stringify({ from, seconds: (performance.now() - started) / 1000 }));
process.exit(0);
