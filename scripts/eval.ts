/**
 * Scores the engine on labelled corpora as ../shared/corpus/README.md prescribes: micro
 * precision/recall/F1 of asserted ids over all documents, negation errors apart, figures per page
 * kind (debunk, promotional, social, long pages, hard negatives) and per claim.
 * Usage:
 *   npm run eval                           the dev corpus (a tuning set: its errors may be read)
 *   npm run eval -- --corpus FILE [--errors]
 *   npm run eval -- --frozen               every frozen test set, totals and kinds only
 *   add --rules to score the rules alone, without the learned stance step (the baseline)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDatabase } from '../claims/cli/load-database';
import { createMatcher, defaultVocabulary } from '../claims/engine';
import { rulesOnlyModel } from '../claims/engine/stance-model';
import { DEV_CORPUS, frozenCorpora, SECOND_EDITION_IDS, secondEditionLabelsOf, unlabelledIds } from './corpora';
import { assertedBy, f1, GROUPS, parseCorpus, parseLaterLabels, precision, recall, restrictedTo, scoreCorpus, type CorpusScore, type LabelledDoc, type LaterLabelSet, type Tally } from './corpus-score';

const args = process.argv.slice(2);
const claims = loadDatabase();
const matcher = args.includes('--rules') ? createMatcher(claims, defaultVocabulary, rulesOnlyModel()) : createMatcher(claims);
const unlabelled = unlabelledIds(claims);
const fmt = (x: number) => x.toFixed(3);
const line = (t: Tally) => `precision ${fmt(precision(t))}  recall ${fmt(recall(t))}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`;

function printScore(path: string, docs: number, s: CorpusScore): void {
  console.log(`GutCheck engine on ${path.split('/').slice(-2).join('/')} (${docs} documents)\n`);
  console.log(`precision ${fmt(precision(s.total))}  recall ${fmt(recall(s.total))}  F1 ${fmt(f1(s.total))}  (TP ${s.total.tp}, FP ${s.total.fp}, FN ${s.total.fn})`);
  console.log(`negation errors ${s.negationErrors} of ${s.mentionLabels} mention labels (rate ${fmt(s.negationErrors / Math.max(1, s.mentionLabels))})`);
  console.log('\nper kind           docs  precision  recall   negation errors');
  for (const g of GROUPS) {
    const t = s.groups[g];
    if (!t.docs) continue;
    // Hard negatives assert nothing: only their false positives mean anything.
    const p = t.tp + t.fp ? fmt(precision(t)) : '  -  ';
    const r = t.tp + t.fn ? fmt(recall(t)) : '  -  ';
    console.log(`  ${g.padEnd(16)} ${String(t.docs).padStart(4)}  ${p}      ${r}    ${t.negationErrors} of ${t.mentionLabels}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`);
  }
}

/** A corpus with its second-edition labels merged when it has them (see secondEditionLabelsOf). */
function readCorpus(path: string): { docs: LabelledDoc[]; later: LaterLabelSet | undefined } {
  const laterPath = secondEditionLabelsOf(path);
  const later = laterPath ? parseLaterLabels(readFileSync(laterPath, 'utf8'), SECOND_EDITION_IDS) : undefined;
  return { docs: parseCorpus(readFileSync(path, 'utf8'), unlabelled, later), later };
}

/** For a corpus with later labels: the claims they cover alone, every other id set aside. */
function printSecondEdition(docs: readonly LabelledDoc[], later: LaterLabelSet | undefined): void {
  if (!later) return;
  const only = restrictedTo(later.ids, docs, assertedBy(matcher));
  const s = scoreCorpus(only.docs, only.predict);
  console.log(`second-edition claims alone: ${line(s.total)}, negation errors ${s.negationErrors} of ${s.mentionLabels}`);
}

if (args.includes('--frozen')) {
  if (args.includes('--errors')) {
    console.error('eval: frozen test sets are scored as totals only; their errors are not for reading');
    process.exit(2);
  }
  for (const path of frozenCorpora()) {
    const { docs, later } = readCorpus(path);
    printScore(path, docs.length, scoreCorpus(docs, assertedBy(matcher)));
    printSecondEdition(docs, later);
    console.log('');
  }
} else {
  const corpusPath = args.includes('--corpus') ? resolve(args[args.indexOf('--corpus') + 1]!) : DEV_CORPUS;
  if (frozenCorpora().includes(corpusPath) && args.includes('--errors')) {
    console.error('eval: frozen test sets are scored as totals only; their errors are not for reading');
    process.exit(2);
  }
  const { docs, later } = readCorpus(corpusPath);
  const s = scoreCorpus(docs, assertedBy(matcher));
  printScore(corpusPath, docs.length, s);
  printSecondEdition(docs, later);
  for (const [name, t] of Object.entries(s.subsets)) if (t.tp + t.fp + t.fn) console.log(`  ${name}: ${line(t)}`);
  console.log('\nper claim                                 P      R     TP  FP  FN');
  for (const [id, t] of [...s.perId.entries()].sort()) {
    console.log(`  ${id.padEnd(38)} ${fmt(precision(t))}  ${fmt(recall(t))}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  if (args.includes('--errors')) {
    // Each error with the passages of its claim: decided stance, confidence and the context that decided it.
    const byDoc = new Map(docs.map((d) => [d.doc, d]));
    for (const e of s.errors) {
      const [doc, , id] = e.split(' ');
      const d = byDoc.get(doc!)!;
      const hits = matcher.scan(d.text).filter((h) => h.id === id);
      const shown = hits.map((h) => `${h.stance} ${h.confidence}${h.why.length ? ` (${h.why.join('; ')})` : ''} "${d.text.slice(h.start, h.end).slice(0, 90)}"`);
      console.log(`${e}: ${shown.join(' | ') || 'no passage found'}`);
    }
  }
}
