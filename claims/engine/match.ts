import type { Claim } from '../schema';
import { createCandidateFinder, type Candidate } from './candidates';
import { claimFitFeatures, contextSpeaks, featureContext, featurize } from './features';
import { assertedOnPage } from './page-stance';
import { decidedStance, decidesAsserts, OFF_TOPIC_REASON, type StanceModel } from './stance-model';
import type { PackedLexicon } from './lexicon';
import type { Token } from './tokenize';
import type { ClaimHit, Matcher, ScanOptions, Stance } from './types';
import type { Vocabulary } from './vocabulary';

/**
 * Builds the matcher: the rules find each claim's passages and a first stance
 * (claims/engine/candidates.ts); the text is read as a document (paragraphs, headings, title,
 * speaker turns); the learned stance model then decides, from the passage and its context,
 * how likely the text is to assert the claim there. Where context speaks (see contextSpeaks),
 * only a passage at or above the model's threshold (one per rules' stance) is `asserts`; below
 * it the rules' refutation stands, or else it is a mention. Where none does, the rules decide,
 * unless the model finds a rules' assertion unlikely (below QUIET_FLOOR in stance-model.ts).
 */
export function createMatcherWith(claims: readonly Claim[], vocab: Vocabulary, model: StanceModel, packed?: PackedLexicon): Matcher {
  // Near misses cost a model call each: skip them when the model would never assert one.
  const finder = createCandidateFinder(claims, vocab, model.threshold('partial', 'asserts') < 1, packed);
  return {
    scan(input: string, options: ScanOptions = {}): ClaimHit[] {
      // Context (a page title, the heading above a block) is read but not reported.
      const offset = options.before ? options.before.length + 2 : 0;
      const inputEnd = offset + input.length;
      const text = `${offset ? `${options.before}\n\n` : ''}${input}${options.after ? `\n\n${options.after}` : ''}`;
      const found = finder.find(text);
      if (!found) return [];
      const ctx = featureContext(text, found);
      const out: ClaimHit[] = [];
      for (const cand of found.candidates) {
        const core = found.tokens[found.units[cand.core]!.t0]!.start;
        if (core < offset || core >= inputEnd) continue;
        const f = featurize(ctx, cand);
        const head = cand.partial ? 'partial' : 'full';
        const p = model.probability(f, head);
        // The learned step weighs context, not topics: see decidesAsserts.
        const decided = decidesAsserts(p, model.threshold(head, cand.rule.stance), head, cand.rule.stance, contextSpeaks(f));
        // An assertion must also be about its claim: the claim-fit step turns down a sentence
        // about another subject that happens to hold the claim's words (see claimFitFeatures).
        const offTopic = decided && !cand.partial && !model.fits(claimFitFeatures(ctx, cand, f));
        const asserts = decided && !offTopic;
        // A near miss that is not asserted is only a word on the page: not worth a context mark.
        if (cand.partial && !asserts) continue;
        const stance = decidedStance(asserts, cand.rule.stance);
        // A refutation the fit kept from being overturned stays a refutation, for its own reasons.
        const why = offTopic && cand.rule.stance !== 'refutes' ? [OFF_TOPIC_REASON] : model.reasons(f, head, asserts);
        const hit = toHit(cand, stance, p, why, found.tokens, offset, inputEnd);
        if (hit) out.push(hit);
      }
      return onePagePerClaim(out).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    },
  };
}

function toHit(cand: Candidate, stance: Stance, p: number, why: string[], tokens: readonly Token[], offset: number, inputEnd: number): ClaimHit | null {
  const { id, matched, paired } = cand;
  // A heading in the context may complete the claim: the passage is the part inside the scanned text.
  const inside = matched.filter((h) => tokens[h.i]!.start >= offset && tokens[h.j - 1]!.end <= inputEnd);
  if (!inside.length) return null;
  const start = tokens[inside[0]!.i]!.start;
  const end = Math.max(...inside.map((h) => tokens[h.j - 1]!.end));
  const words: string[] = [];
  let fuzzy = 0;
  let tags = 0;
  for (const h of matched) {
    const text = tokens.slice(h.i, h.j).map((t) => t.norm).join(' ');
    if (!words.includes(text)) words.push(text);
    if (h.fuzzy) fuzzy++;
    if (tokens[h.i]!.tag) tags++;
  }
  const spread = Math.max(0, matched[matched.length - 1]!.i - matched[0]!.i - 12) * 0.01;
  const score = Math.max(0.05, Math.min(1, 0.95 - fuzzy * 0.1 - tags * 0.05 - (paired ? 0.1 : 0) - spread));
  return {
    id,
    stance,
    start: start - offset,
    end: end - offset,
    matched: words,
    score: Math.round(score * 100) / 100,
    confidence: Math.round(p * 1000) / 1000,
    why,
  };
}

/** Asserting passages of a claim the page disputes more often than it makes become context (see assertedOnPage). */
function onePagePerClaim(hits: ClaimHit[]): ClaimHit[] {
  const asserted = assertedOnPage(hits);
  for (const h of hits) {
    if (h.stance === 'asserts' && !asserted.has(h.id)) {
      h.stance = 'mentions';
      h.why = ['the page disputes the same claim more often than it makes it'];
    }
  }
  return hits;
}
