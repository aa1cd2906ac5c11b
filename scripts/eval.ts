/**
 * Scores the engine on a labelled corpus (default ../shared/corpus/dev.jsonl) as
 * ../shared/corpus/README.md prescribes: micro precision/recall/F1 of asserted ids over all
 * documents, negation errors apart, per-claim figures, and the d* and s* subsets.
 * Usage: npm run eval [-- --corpus FILE] [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDatabase } from '../claims/cli/load-database';
import { createMatcher } from '../claims/engine';
import { f1, parseCorpus, precision, recall, scoreCorpus, type Tally } from './corpus-score';

const args = process.argv.slice(2);
const corpusPath = args.includes('--corpus') ? resolve(args[args.indexOf('--corpus') + 1]!) : new URL('../../shared/corpus/dev.jsonl', import.meta.url).pathname;
const docs = parseCorpus(readFileSync(corpusPath, 'utf8'));
const s = scoreCorpus(docs, createMatcher(loadDatabase()));

const fmt = (x: number) => x.toFixed(3);
const line = (t: Tally) => `precision ${fmt(precision(t))}  recall ${fmt(recall(t))}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`;
console.log(`GutCheck engine on ${corpusPath.split('/').slice(-2).join('/')} (${docs.length} documents)\n`);
console.log(`precision ${fmt(precision(s.total))}  recall ${fmt(recall(s.total))}  F1 ${fmt(f1(s.total))}  (TP ${s.total.tp}, FP ${s.total.fp}, FN ${s.total.fn})`);
console.log(`negation errors ${s.negationErrors} of ${s.mentionLabels} mention labels (rate ${fmt(s.negationErrors / Math.max(1, s.mentionLabels))})`);
for (const [name, t] of Object.entries(s.subsets)) if (t.tp + t.fp + t.fn) console.log(`  ${name}: ${line(t)}`);
console.log('\nper claim                                 P      R     TP  FP  FN');
for (const [id, t] of [...s.perId.entries()].sort()) {
  console.log(`  ${id.padEnd(38)} ${fmt(precision(t))}  ${fmt(recall(t))}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
}
if (args.includes('--errors')) console.log(`\n${s.errors.join('\n')}`);
