/**
 * Child of bench/hostile.ts: load one folder as the bot does at start (read, parse, index) and
 * print what it cost as one JSON line: documents, warnings, seconds and peak RSS.
 */
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { describeReason } from '../src/i18n/reasons.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hostile-load.ts DIR');
const started = performance.now();
const { documents, warnings } = await loadCorpus(dir);
const kb = new KnowledgeBase(documents);
const seconds = (performance.now() - started) / 1000;
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({
    documents: kb.documents.length,
    warnings: warnings.map((w) => `${w.file}: ${describeReason(w.reason, 'en')}`),
    seconds: Number(seconds.toFixed(2)),
    peakRssMB,
  }),
);
