/**
 * Scores the engine on the labelled development corpus (../shared/corpus/dev.jsonl) as
 * ../shared/corpus/README.md prescribes: micro precision/recall/F1 of asserted ids over all
 * documents, negation errors apart, per-claim figures, and the d* and s* subsets.
 * Usage: npm run eval [-- --corpus FILE] [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadDatabase } from '../claims/cli/load-database';
import { createMatcher } from '../claims/engine';

const args = process.argv.slice(2);
const corpusPath = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : new URL('../../shared/corpus/dev.jsonl', import.meta.url).pathname;
const showErrors = args.includes('--errors');

const docSchema = z.object({
  doc: z.string(),
  text: z.string(),
  asserts: z.array(z.string()),
  mentions_not_asserted: z.array(z.string()),
  ambiguous: z.array(z.string()).optional(),
});
const docs = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => docSchema.parse(JSON.parse(l)));
const matcher = createMatcher(loadDatabase());

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const total = tally();
const subsets: Record<string, Tally> = { 'd*': tally(), 's*': tally() };
const perId = new Map<string, Tally>();
let negErrors = 0;
let mentionLabels = 0;
const errors: string[] = [];

for (const d of docs) {
  const amb = new Set(d.ambiguous ?? []);
  const predicted = new Set(matcher.scan(d.text).filter((h) => h.stance === 'asserts').map((h) => h.id).filter((id) => !amb.has(id)));
  const gold = new Set(d.asserts);
  const mentions = new Set(d.mentions_not_asserted);
  mentionLabels += mentions.size;
  const sub = subsets[d.doc.startsWith('s') ? 's*' : 'd*']!;
  const bump = (id: string, k: keyof Tally) => {
    total[k]++;
    sub[k]++;
    if (!perId.has(id)) perId.set(id, tally());
    perId.get(id)![k]++;
  };
  for (const id of predicted) {
    if (gold.has(id)) bump(id, 'tp');
    else {
      bump(id, 'fp');
      if (mentions.has(id)) negErrors++;
      errors.push(`${d.doc} FP ${id}${mentions.has(id) ? ' (negation error)' : ''}`);
    }
  }
  for (const id of gold) if (!predicted.has(id)) { bump(id, 'fn'); errors.push(`${d.doc} FN ${id}`); }
}

const p = (t: Tally) => t.tp / Math.max(1, t.tp + t.fp);
const r = (t: Tally) => t.tp / Math.max(1, t.tp + t.fn);
const f1 = (t: Tally) => (2 * p(t) * r(t)) / Math.max(1e-9, p(t) + r(t));
const fmt = (x: number) => x.toFixed(3);
console.log(`GutCheck engine on ${corpusPath.split('/').slice(-2).join('/')} (${docs.length} documents)\n`);
console.log(`precision ${fmt(p(total))}  recall ${fmt(r(total))}  F1 ${fmt(f1(total))}  (TP ${total.tp}, FP ${total.fp}, FN ${total.fn})`);
console.log(`negation errors ${negErrors} of ${mentionLabels} mention labels (rate ${fmt(negErrors / Math.max(1, mentionLabels))})`);
for (const [name, t] of Object.entries(subsets)) console.log(`  ${name}: precision ${fmt(p(t))}  recall ${fmt(r(t))}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`);
console.log('\nper claim                                 P      R     TP  FP  FN');
for (const [id, t] of [...perId.entries()].sort()) {
  console.log(`  ${id.padEnd(38)} ${fmt(p(t))}  ${fmt(r(t))}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
}
if (showErrors) console.log(`\n${errors.join('\n')}`);
