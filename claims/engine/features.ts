import type { Candidate, Found } from './candidates';
import { CUE } from './compile';
import type { DocView } from './document';
import type { Hit } from './hits';

/**
 * Features of one rule match for the learned stance step: what the rules decided and why, the
 * cues of the sentences around it, the heading above, the title, the paragraph, the page as a
 * whole, the voice (first person, a reply, a quote, sarcasm, selling), and hashed words of the
 * match's sentence and its neighbours. Named features come first, in NAMED order; hashed words
 * fill HASH_SIZE slots after them.
 */
export const NAMED = [
  'bias',
  'rule.asserts', 'rule.negation', 'rule.debunk', 'rule.question', 'rule.report', 'rule.quoted',
  'claim.trueish', 'claim.trueishOnDebunkPage',
  'match.paired', 'match.relaxed', 'match.fuzzy', 'match.tagged', 'match.spread',
  'core.item', 'core.heading', 'core.quiz', 'core.short', 'core.long', 'core.contrast',
  'prev.negation', 'prev.debunk', 'prev.report', 'prev.question',
  'next.negation', 'next.debunk', 'next.report', 'next.postneg', 'next.question', 'next.contrast',
  'next2.negation', 'next2.debunk',
  'para.negation', 'para.debunk', 'para.report',
  'heading.negation', 'heading.debunk', 'heading.report', 'heading.question',
  'title.negation', 'title.debunk', 'title.report', 'title.question',
  'list.verdictRefutes',
  'doc.debunkDensity', 'doc.refutedShare', 'doc.claims', 'doc.long',
  'same.refutedElsewhere', 'same.assertedElsewhere',
  'turn.nextDisputes', 'turn.reply', 'turn.quotedLine',
  'voice.firstPerson', 'voice.second', 'voice.we', 'voice.promo', 'voice.exclaim', 'voice.doubleQuestion', 'voice.sarcasm', 'voice.emoji',
] as const;
export type NamedFeature = (typeof NAMED)[number];

export const HASH_BITS = 12;
export const HASH_SIZE = 1 << HASH_BITS;
const NAMED_INDEX = new Map<string, number>(NAMED.map((name, i) => [name, i]));

/** A sparse feature vector: parallel index and value arrays. */
export interface Features {
  idx: number[];
  val: number[];
}

/** Per-unit cue counts, computed once per scan. */
interface UnitCues {
  neg: number;
  debunk: number;
  report: number;
  postNeg: number;
  contrastOpen: boolean;
}

/** What features need of a whole scan, computed once and shared by its candidates. */
export interface FeatureContext {
  text: string;
  found: Found;
  doc: DocView;
  cues: UnitCues[];
  debunkDensity: number;
  refutedShare: number;
  distinctClaims: number;
}

export function featureContext(text: string, found: Found): FeatureContext {
  const doc = found.doc;
  const cues = found.byUnit.map((hits, u) => unitCues(hits, found.units[u]!.t0));
  let debunks = 0;
  for (const c of cues) debunks += c.debunk;
  const refuted = found.candidates.filter((c) => c.rule.stance !== 'asserts').length;
  return {
    text,
    found,
    doc,
    cues,
    debunkDensity: Math.min(1, debunks / Math.max(4, found.units.length) * 4),
    refutedShare: found.candidates.length ? refuted / found.candidates.length : 0,
    distinctClaims: new Set(found.candidates.map((c) => c.id)).size,
  };
}

function unitCues(hits: readonly Hit[], t0: number): UnitCues {
  const c: UnitCues = { neg: 0, debunk: 0, report: 0, postNeg: 0, contrastOpen: false };
  for (const h of hits) {
    if (h.concept === CUE.neg) c.neg++;
    else if (h.concept === CUE.debunk) c.debunk++;
    else if (h.concept === CUE.report) c.report++;
    else if (h.concept === CUE.postNeg) c.postNeg++;
    else if (h.concept === CUE.contrast && h.i <= t0 + 1) c.contrastOpen = true;
  }
  return c;
}

const PROMO = new Set(['buy', 'shop', 'order', 'code', 'discount', 'off', 'link', 'bio', 'sale', 'subscribe', 'enroll', 'book', 'price', 'bundle', 'checkout', 'cart']);
const FIRST = new Set(['i', 'my', 'me', 'im', 'ive', 'id', 'mine', 'myself']);
const SECOND = new Set(['you', 'your', 'youre', 'yours', 'yourself']);
const WE = new Set(['we', 'our', 'us', 'ours', 'weve', 'were']);
const SARCASM_RE = /🙃|🙄|🤡|🤦|\/s\b|\byeah,? (?:because|right|sure)\b|\bsure,? (?:jan|buddy)\b|\blol\b|\blmao\b|\bbecause of course\b|\bapparently\b|\bmagic(?:al)?\b|\bmiracle\b/iu;
const EMOJI_RE = /\p{Extended_Pictographic}/u;

/** Builds the feature vector of one candidate. */
export function featurize(ctx: FeatureContext, cand: Candidate): Features {
  const { found, doc, cues, text } = ctx;
  const { units, tokens } = found;
  const dense = new Map<number, number>();
  const set = (name: NamedFeature, v = 1) => {
    if (v) dense.set(NAMED_INDEX.get(name)!, v);
  };
  const u = cand.core;
  const core = units[u]!;
  set('bias');
  set(cand.rule.reason === 'none' ? 'rule.asserts' : `rule.${cand.rule.reason}`);
  set('claim.trueish', cand.trueish ? 1 : 0);
  set('claim.trueishOnDebunkPage', cand.trueish ? Math.max(ctx.debunkDensity, ctx.refutedShare) : 0);
  set('match.paired', cand.paired ? 1 : 0);
  set('match.relaxed', cand.relaxed ? 1 : 0);
  let fuzzy = 0;
  let tagged = 0;
  for (const h of cand.matched) {
    if (h.fuzzy) fuzzy++;
    if (h.tag) tagged++;
  }
  set('match.fuzzy', fuzzy ? 1 : 0);
  set('match.tagged', tagged ? 1 : 0);
  const first = cand.matched[0]!.i;
  const last = cand.matched[cand.matched.length - 1]!.j;
  set('match.spread', Math.min(1, Math.max(0, last - first - 6) / 20));
  set('core.item', core.item ? 1 : 0);
  set('core.heading', core.heading ? 1 : 0);
  set('core.quiz', core.quiz ? 1 : 0);
  set('core.short', core.words <= 6 ? 1 : 0);
  set('core.long', core.words > 30 ? 1 : 0);
  set('core.contrast', cues[u]!.contrastOpen ? 1 : 0);
  const prev = cues[u - 1];
  if (prev && doc.para[u - 1] === doc.para[u]) {
    set('prev.negation', prev.neg ? 1 : 0);
    set('prev.debunk', prev.debunk ? 1 : 0);
    set('prev.report', prev.report ? 1 : 0);
    set('prev.question', units[u - 1]!.question ? 1 : 0);
  }
  const next = cues[u + 1];
  if (next) {
    set('next.negation', next.neg ? 1 : 0);
    set('next.debunk', next.debunk ? 1 : 0);
    set('next.report', next.report ? 1 : 0);
    set('next.postneg', next.postNeg ? 1 : 0);
    set('next.question', units[u + 1]!.question ? 1 : 0);
    set('next.contrast', next.contrastOpen ? 1 : 0);
  }
  const next2 = cues[u + 2];
  if (next2) {
    set('next2.negation', next2.neg ? 1 : 0);
    set('next2.debunk', next2.debunk ? 1 : 0);
  }
  let pn = 0;
  let pd = 0;
  let pr = 0;
  for (let k = u - 1; k >= 0 && doc.para[k] === doc.para[u]; k--) ({ pn, pd, pr } = addCues(cues[k]!, pn, pd, pr));
  for (let k = u + 1; k < units.length && doc.para[k] === doc.para[u]; k++) ({ pn, pd, pr } = addCues(cues[k]!, pn, pd, pr));
  set('para.negation', Math.min(1, pn / 3));
  set('para.debunk', Math.min(1, pd / 2));
  set('para.report', Math.min(1, pr / 2));
  const hd = doc.heading[u]!;
  if (hd >= 0 && hd !== u) {
    set('heading.negation', cues[hd]!.neg ? 1 : 0);
    set('heading.debunk', cues[hd]!.debunk ? 1 : 0);
    set('heading.report', cues[hd]!.report ? 1 : 0);
    set('heading.question', units[hd]!.question ? 1 : 0);
  }
  if (doc.title >= 0 && doc.title !== u) {
    set('title.negation', cues[doc.title]!.neg ? 1 : 0);
    set('title.debunk', cues[doc.title]!.debunk ? 1 : 0);
    set('title.report', cues[doc.title]!.report ? 1 : 0);
    set('title.question', units[doc.title]!.question ? 1 : 0);
  }
  if (core.item) {
    let after = u + 1;
    while (after < units.length && units[after]!.item) after++;
    const verdict = cues[after];
    if (verdict && (verdict.neg || verdict.debunk)) set('list.verdictRefutes');
  }
  set('doc.debunkDensity', ctx.debunkDensity);
  set('doc.refutedShare', ctx.refutedShare);
  set('doc.claims', Math.min(1, ctx.distinctClaims / 6));
  set('doc.long', units.length > 20 ? 1 : 0);
  for (const other of found.candidates) {
    if (other === cand || other.id !== cand.id) continue;
    if (other.rule.stance === 'asserts') set('same.assertedElsewhere');
    else set('same.refutedElsewhere');
  }
  if (next && doc.speaker[u + 1] !== doc.speaker[u] && (next.neg || next.debunk || next.postNeg)) set('turn.nextDisputes');
  set('turn.reply', doc.speaker[u]! > 0 ? 1 : 0);
  set('turn.quotedLine', doc.quoted[u] ? 1 : 0);
  let firstP = 0;
  let second = 0;
  let we = 0;
  let promo = 0;
  for (let i = core.t0; i < core.t1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (FIRST.has(t.norm)) firstP = 1;
    else if (SECOND.has(t.norm)) second = 1;
    else if (WE.has(t.norm)) we = 1;
    else if (PROMO.has(t.norm)) promo = 1;
  }
  const raw = text.slice(tokens[core.t0]!.start, units[u + 1] ? tokens[units[u + 1]!.t0]!.start : text.length);
  if (/[$€£]\s?\d|\d\s?%/.test(raw)) promo = 1;
  set('voice.firstPerson', firstP);
  set('voice.second', second);
  set('voice.we', we);
  set('voice.promo', promo);
  set('voice.exclaim', raw.includes('!') ? 1 : 0);
  set('voice.doubleQuestion', raw.includes('??') ? 1 : 0);
  set('voice.sarcasm', SARCASM_RE.test(raw) ? 1 : 0);
  set('voice.emoji', EMOJI_RE.test(raw) ? 1 : 0);
  const hashed = new Map<number, number>();
  hashWords(hashed, 'c', found, u, true);
  if (u > 0 && doc.para[u - 1] === doc.para[u]) hashWords(hashed, 'p', found, u - 1, false);
  if (u + 1 < units.length) hashWords(hashed, 'n', found, u + 1, true);
  if (hd >= 0 && hd !== u) hashWords(hashed, 'h', found, hd, false);
  if (doc.title >= 0 && doc.title !== u && doc.title !== hd) hashWords(hashed, 't', found, doc.title, false);
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, v] of dense) {
    idx.push(k);
    val.push(v);
  }
  for (const [k, v] of hashed) {
    idx.push(NAMED.length + k);
    val.push(v);
  }
  return { idx, val };
}

function addCues(c: UnitCues, pn: number, pd: number, pr: number): { pn: number; pd: number; pr: number } {
  return { pn: pn + c.neg, pd: pd + c.debunk, pr: pr + c.report };
}

/** Words (and, for the match's own sentence and the next, word pairs) of one unit, hashed into a namespace. */
function hashWords(out: Map<number, number>, ns: string, found: Found, u: number, pairs: boolean): void {
  const unit = found.units[u]!;
  let prevWord: string | undefined;
  for (let i = unit.t0; i < unit.t1; i++) {
    const t = found.tokens[i]!;
    if (t.kind !== 'word') {
      prevWord = undefined;
      continue;
    }
    const w = t.info?.key ?? t.norm;
    out.set(hash(`${ns}:${w}`), 1);
    if (pairs && prevWord !== undefined) out.set(hash(`${ns}:${prevWord} ${w}`), 1);
    prevWord = w;
  }
}

/** FNV-1a, 32 bits, folded to HASH_BITS. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (HASH_SIZE - 1);
}
