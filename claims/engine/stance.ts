import { CUE } from './compile';
import type { Hit } from './hits';
import type { Unit } from './segment';
import type { Stance } from './types';

/** Cue hits of one window, gathered once per window. */
export interface Cues {
  neg: Hit[];
  negExempt: Hit[];
  postNeg: Hit[];
  debunk: Hit[];
  report: Hit[];
  contrast: Hit[];
  /** Hits of claims' own terms in the window: what a cue after "but" may be about instead. */
  own: Hit[];
}

/** Which rule decided a stance: the learned step reads it as one of its features. */
export type RuleReason = 'negation' | 'debunk' | 'question' | 'report' | 'quoted' | 'sarcasm' | 'rhetorical' | 'none';

/** The rules' stance for one match and the cue that decided it. */
export interface RuleStance {
  stance: Stance;
  reason: RuleReason;
}

/** How far before the first matched word a negation still governs the claim ("no evidence that X..."). */
const NEG_LOOKBACK = 6;
/** How far after the last matched word "nothing"/"did nothing" still governs it. */
const POSTNEG_LOOKAHEAD = 12;
/** How far after the last matched word a plain negation still counts ("X ... all at once doesn't heal"). */
const NEG_LOOKAHEAD = 4;
/** How far after the claim a reporting frame still qualifies it. */
const REPORT_LOOKAHEAD = 4;

/**
 * Decides whether a matched passage asserts, refutes or merely mentions its claim. Refutation
 * wins over mention: a negation in scope, a post-negation ("X did nothing"), or a debunking cue
 * anywhere in the passage. A question, a reported or distanced frame ("the idea that",
 * "influencers say", "in mice") makes it a mention. Otherwise the passage asserts the claim.
 */
export function decideStance(matched: readonly Hit[], cues: Cues, units: readonly Unit[], coreIdx: number, unitOf: Int32Array): RuleStance {
  let first = Infinity;
  let last = -1;
  for (const h of matched) {
    if (h.i < first) first = h.i;
    if (h.j - 1 > last) last = h.j - 1;
  }
  const startUnit = units[unitOf[first]!]!;
  const lo = Math.max(startUnit.t0, first - NEG_LOOKBACK);
  const endUnit = units[unitOf[last]!]!;
  const hi = Math.min(endUnit.t1 - 1, last + NEG_LOOKAHEAD);
  const postHi = Math.min(endUnit.t1, last + POSTNEG_LOOKAHEAD);
  for (const h of cues.neg) if (h.i >= lo && h.i <= hi && inScope(h, matched, cues, first, last)) return { stance: 'refutes', reason: 'negation' };
  for (const h of cues.postNeg) if (h.i > last && h.i <= postHi && inScope(h, matched, cues, first, last)) return { stance: 'refutes', reason: 'negation' };
  for (const h of cues.debunk) if (inScope(h, matched, cues, first, last)) return { stance: 'refutes', reason: 'debunk' };
  // A quiz question completed by the verdict after it is the quiz's claim, not a question.
  const core = units[coreIdx]!;
  const coreAsks = core.question && !(core.quiz && unitOf[last]! > coreIdx);
  if (coreAsks || (endUnit.question && !endUnit.quiz)) return { stance: 'mentions', reason: 'question' };
  // A reporting frame governs what follows it, or qualifies what it directly follows ("...in
  // mice"), not an earlier claim ("X is a real diagnosis, so they just tell you to eat less").
  for (const h of cues.report) if (h.i <= last + REPORT_LOOKAHEAD && inScope(h, matched, cues, first, last)) return { stance: 'mentions', reason: 'report' };
  return { stance: 'asserts', reason: 'none' };
}

/**
 * Whether a cue governs the matched claim. Not when it is part of the claim itself ("no gluten,
 * dairy...") or of a set phrase ("not just", "no matter"); not when a contrastive word ("but",
 * "until") stands between them and separates the cue from the claim.
 */
function inScope(cue: Hit, matched: readonly Hit[], cues: Cues, first: number, last: number): boolean {
  if (inExemptPhrase(cues.negExempt, cue)) return false;
  for (const m of matched) if (m.i <= cue.i && cue.i < m.j) return false;
  for (const c of cues.contrast) {
    if (cue.i < first && c.i > cue.i && c.i < first) return false;
    // After "but", a cue leaves the claim alone only when the new clause brings its own topic
    // ("...documented in coeliac disease, but no evidence that it reverses lupus"); otherwise it
    // turns back on the claim ("...meant I was sensitive, but the allergist told me to ignore them").
    if (cue.i > last && c.i > last && c.i < cue.i && cues.own.some((o) => o.i > c.i)) return false;
  }
  return true;
}

/**
 * Whether a cue lies inside a set phrase that holds a negation word and negates nothing ("no
 * matter", "celiac or not", "nothing but"): no cue, for the rules and the learned step's features alike.
 */
export function inExemptPhrase(hits: readonly Hit[], cue: Hit): boolean {
  for (const x of hits) if (x.concept === CUE.negExempt && x.i <= cue.i && cue.i < x.j) return true;
  return false;
}
