import type { Claim } from '../schema';
import { compile, CUE, GROUPS, isCue, type Compiled, type CompiledClaim } from './compile';
import { findHits, type Hit } from './hits';
import type { PackedLexicon } from './lexicon';
import { quotedSpans } from './quotes';
import { listSpans, segment, windows, type Unit, type Window } from './segment';
import { readDocument, type DocView } from './document';
import { decideStance, type Cues, type RuleStance } from './stance';
import { makeTagSplitter } from './tag-split';
import { tokenize, type Token } from './tokenize';
import { isRhetorical, isSarcastic, unitRaw } from './voice';
import { WordIndex } from './word-index';
import type { Vocabulary } from './vocabulary';

// Module-local copies: imported bindings are getters under some loaders, and these sit in the hot loop.
const GROUPS_KEY: string = GROUPS;
const CUE_NEG: string = CUE.neg;
const CUE_NEGX: string = CUE.negExempt;
const CUE_POSTNEG: string = CUE.postNeg;
const CUE_DEBUNK: string = CUE.debunk;
const CUE_REPORT: string = CUE.report;
const CUE_CONTRAST: string = CUE.contrast;
const CUE_CAUSES: string = CUE.causes;
const CUE_CAUSED_BY: string = CUE.causedBy;
const CUE_CARGO_AFTER: string = CUE.cargoAfter;
const CUE_CARGO_BEFORE: string = CUE.cargoBefore;
const CUE_CAUSES_OF: string = CUE.causesOf;
const CUE_EFFECTS_OF: string = CUE.effectsOf;

/** Everything the later stages (document reading, features, the stance model) need of one scan. */
export interface Found {
  tokens: Token[];
  units: Unit[];
  /** The unit index of each token, -1 for tokens outside every unit. */
  unitOf: Int32Array;
  /** Concept hits of each unit. */
  byUnit: Hit[][];
  /** The text read as a document: paragraphs, headings, title, speaker turns. */
  doc: DocView;
  candidates: Candidate[];
}

export interface CandidateFinder {
  /** The rules' matches in `text`, one per claim and unit, each with the rules' stance; null when no claim can match. */
  find(text: string): Found | null;
}

/**
 * Builds the rule stage: tokens -> concept hits -> sentence-like units -> windows (a unit, or a
 * unit with its heading, lead-in, question or antecedent) -> claim patterns -> the rules' stance.
 * Only windows holding concept hits are examined, so plain text costs little more than tokenising.
 */
export function createCandidateFinder(claims: readonly Claim[], vocab: Vocabulary, withNearMisses = true, packed?: PackedLexicon): CandidateFinder {
  const c = compile(claims, vocab, packed);
  const splitTag = makeTagSplitter(c.tagWords);
  const index = new WordIndex(c.lexicon, c.fuzzy);
  const word = (raw: string) => index.word(raw);
  const groupClaims = c.claims.filter((claim) => claim.groups);
  return {
    find(text: string): Found | null {
      const tokens = tokenize(text, splitTag, word);
      const rawHits = findHits(tokens);
      // Patterns never name a cue, so the connectives are read only where a claim can match.
      if (!satisfiable(rawHits, c)) return null;
      const hits = readConnectives(rawHits, tokens);
      const units = segment(tokens);
      const unitOf = new Int32Array(tokens.length).fill(-1);
      units.forEach((u, k) => unitOf.fill(k, u.t0, u.t1));
      const byUnit: Hit[][] = units.map(() => []);
      for (const h of hits) {
        const u = unitOf[h.i]!;
        if (u >= 0) byUnit[u]!.push(h);
      }
      const found: Candidate[] = [];
      for (const w of windows(units, tokens)) {
        const core = byUnit[w.core]!;
        if (core.every((h) => isCue(h.concept))) continue; // cues alone
        const context = w.context === undefined ? [] : byUnit[w.context]!;
        const inWindow = context.length ? context.concat(core) : core;
        const candidates = triggeredClaims(inWindow, c);
        if (!candidates) continue;
        let cues: Cues | undefined;
        for (const claim of candidates) {
          if (!claim.patterns.some((p) => p.every((k) => k === GROUPS_KEY || inWindow.some((h) => h.concept === k)))) continue;
          const matched = matchClaim(claim, inWindow, w, unitOf);
          if (!matched) continue;
          cues ??= gatherCues(inWindow);
          const rule = decideStance(matched, cues, units, w.core, unitOf);
          found.push({ id: claim.id, trueish: claim.trueish, rule, matched, core: w.core, context: w.context, paired: w.context !== undefined, relaxed: false, partial: false, foods: listFoods(claim, inWindow) });
        }
      }
      for (const [u0, u1] of listSpans(units)) {
        const inList = byUnit.slice(u0, u1 + 1).flat();
        for (const claim of groupClaims) {
          const matched = matchClaim(claim, inList, { core: u0 }, unitOf);
          if (!matched) continue;
          const rule = decideStance(matched, gatherCues(inList), units, u0, unitOf);
          found.push({ id: claim.id, trueish: claim.trueish, rule, matched, core: u0, paired: false, relaxed: false, partial: false, foods: listFoods(claim, inList) });
        }
      }
      const doc = readDocument(text, tokens, units);
      found.push(...fromDocumentContext(found, units, byUnit, unitOf, doc, c));
      if (withNearMisses) found.push(...nearMisses(found, units, byUnit, unitOf, c));
      const candidates = resolve(byVoice(quotedAsMentions(withoutListFoods(found), text, tokens), text, tokens, units));
      for (const f of candidates) f.matched.sort((a, b) => a.i - b.i);
      return { tokens, units, unitOf, byUnit, doc, candidates };
    },
  };
}

/**
 * Claims a sentence completes only with the page around it: the topic in the title or the
 * heading above, or in the sentence before ("Collagen peptides." ... "It rebuilds the wall in
 * weeks" is caught by pronouns; "Gut repair, week 3" over "the collagen is doing its thing" is
 * not). For each unit holding a claim's own term and no match of that claim yet, the claim is
 * tried on the unit's hits plus those of the title, the heading above and the previous sentence
 * of its paragraph. These matches are flagged `relaxed`: the stance model learns how far to
 * trust them.
 */
function fromDocumentContext(found: readonly Candidate[], units: readonly Unit[], byUnit: readonly Hit[][], unitOf: Int32Array, doc: DocView, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  // The units where each claim already has a match: those need no second try.
  const done = new Map<string, Set<number>>();
  for (const f of found) (done.get(f.id) ?? done.set(f.id, new Set()).get(f.id)!).add(f.core);
  // A sentence that makes a claim of its own borrows no topic from the sentence before it:
  // "Alcohol makes your gut leaky" after "She has a marathon plan" is about alcohol. (A title or
  // heading still frames it: a list item under "Probiotics" can make two claims.)
  const complete = new Set(found.map((f) => f.core));
  for (let u = 0; u < units.length; u++) {
    const own = byUnit[u]!;
    const claims = triggeredClaims(own, c)?.filter((claim) => !claim.groups && !done.get(claim.id)?.has(u));
    if (!claims?.length) continue;
    const context = new Set<number>();
    if (doc.title >= 0 && doc.title !== u) context.add(doc.title);
    const h = doc.heading[u]!;
    if (h >= 0) context.add(h);
    // Items under a lead-in ("Several factors play a part, including:") hang from the section
    // heading above it too ("Causes of leaky gut"): the lead-in alone may not name the topic.
    if (h >= 0 && units[u]!.item && units[h]!.leadIn && doc.heading[h]! >= 0) context.add(doc.heading[h]!);
    if (u > 0 && doc.para[u - 1] === doc.para[u] && !complete.has(u)) context.add(u - 1);
    if (!context.size) continue;
    const hits = [...context].flatMap((k) => byUnit[k]!).concat(own);
    for (const claim of claims) {
      const matched = matchClaim(claim, hits, { core: u }, unitOf);
      const prefix = `${claim.id}/`;
      if (!matched || !matched.some((h) => unitOf[h.i] === u && h.concept.startsWith(prefix))) continue;
      const rule = decideStance(matched, gatherCues(hits), units, u, unitOf);
      out.push({ id: claim.id, trueish: claim.trueish, rule, matched, core: u, paired: true, relaxed: true, partial: false, foods: undefined });
    }
  }
  return out;
}

/**
 * Near misses, for claims the rules found nowhere in the text: each unit holding one of the
 * claim's own terms in running text ("with Crohn's the bowel wall genuinely does let more through
 * than it should" names the disease, not the vocabulary's word for leaking). The rules cannot
 * tell these from unrelated mentions; they are passed on flagged `partial`, and the stance
 * model's own weights for near misses assert one only when its words make the claim likely.
 */
function nearMisses(found: readonly Candidate[], units: readonly Unit[], byUnit: readonly Hit[][], unitOf: Int32Array, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  const done = new Set(found.map((f) => f.id));
  for (let u = 0; u < units.length; u++) {
    const hits = byUnit[u]!;
    for (const h of hits) {
      if (h.tag) continue;
      const triggered = c.byConcept.get(h.concept);
      if (!triggered) continue;
      for (const claim of triggered) {
        if (claim.groups || done.has(claim.id) || out.some((f) => f.id === claim.id && f.core === u)) continue;
        if (claim.unless.some((k) => hits.some((x) => x.concept === k))) continue;
        const matched = hits.filter((x) => !x.tag && x.concept.startsWith(`${claim.id}/`));
        const rule = decideStance(matched, gatherCues(hits), units, u, unitOf);
        out.push({ id: claim.id, trueish: claim.trueish, rule, matched, core: u, paired: false, relaxed: false, partial: true, foods: undefined });
      }
    }
  }
  return out;
}

/**
 * Hashtags label a post; they assert nothing on their own. A match needs two of its words in
 * running text ("sauerkraut for the probiotics #healyourgut" is not a probiotic claim), or all
 * of them when it has fewer.
 */
function fromRunningText(matched: readonly Hit[]): boolean {
  let plain = 0;
  for (const h of matched) if (!h.tag) plain++;
  return plain >= Math.min(2, matched.length);
}

/**
 * The claims whose own terms occur among `hits`, each once, or undefined for none. Windows hold a
 * handful of hits: plain arrays beat Sets here.
 */
function triggeredClaims(hits: readonly Hit[], c: Compiled): CompiledClaim[] | undefined {
  let claims: CompiledClaim[] | undefined;
  for (const h of hits) {
    const triggered = c.byConcept.get(h.concept);
    if (triggered) for (const claim of triggered) if (!claims?.includes(claim)) (claims ??= []).push(claim);
  }
  return claims;
}

/** Whether any claim's pattern could match in the text as a whole; windows are subsets, so if not, none can. */
function satisfiable(hits: readonly Hit[], c: Compiled): boolean {
  const candidates = triggeredClaims(hits, c);
  if (!candidates) return false; // the common case: no claim's own term at all
  const present = new Set<string>();
  for (const h of hits) present.add(h.concept);
  for (const claim of candidates) {
    if (claim.patterns.some((p) => p.every((k) => k === GROUPS_KEY || present.has(k)))) return true;
  }
  return false;
}

/** One rule match: a claim's pattern complete in a window, with the rules' stance. */
export interface Candidate {
  id: string;
  trueish: boolean;
  rule: RuleStance;
  matched: Hit[];
  core: number;
  /** The unit that completed the claim with the core (heading, lead-in, question, antecedent, verdict line), if any. */
  context?: number;
  paired: boolean;
  /** Completed with the title, the heading above or the previous sentence (see fromDocumentContext). */
  relaxed: boolean;
  /** Only the claim's own term matched (see nearMisses). */
  partial: boolean;
  /** For a counting claim: the tokens of every listed food group in its passage. */
  foods: number[] | undefined;
}

/** The food-group tokens of a counting claim's passage (all of them, not only the first per group). */
function listFoods(claim: CompiledClaim, hits: readonly Hit[]): number[] | undefined {
  if (!claim.groups) return undefined;
  const keys = claim.groups.keys;
  return hits.filter((h) => keys.includes(h.concept)).map((h) => h.i);
}

/**
 * The voice of the match's own sentence: a sarcastic one makes the claim a mention; a question
 * that invites agreement ("anyone else heal their gut with broth??") asserts it.
 */
function byVoice(found: Candidate[], text: string, tokens: readonly Token[], units: readonly Unit[]): Candidate[] {
  for (const f of found) {
    const raw = unitRaw(text, tokens, units, f.core);
    if (f.rule.stance === 'asserts' && isSarcastic(raw)) f.rule = { stance: 'mentions', reason: 'sarcasm' };
    else if (f.rule.reason === 'question' && isRhetorical(raw)) f.rule = { stance: 'asserts', reason: 'rhetorical' };
  }
  return found;
}

/**
 * A claim made mostly inside quotation marks is cited, not made ("Those '10 signs you have leaky
 * gut' lists..."): an assertion with at least half of its matched words quoted becomes a mention.
 */
function quotedAsMentions(found: Candidate[], text: string, tokens: readonly Token[]): Candidate[] {
  if (!found.some((f) => f.rule.stance === 'asserts')) return found;
  const spans = quotedSpans(text);
  if (!spans.length) return found;
  for (const f of found) {
    if (f.rule.stance !== 'asserts') continue;
    let inQuotes = 0;
    for (const h of f.matched) if (spans.some(([a, b]) => tokens[h.i]!.start >= a && tokens[h.j - 1]!.end <= b)) inQuotes++;
    if (inQuotes * 2 >= f.matched.length) f.rule = { stance: 'mentions', reason: 'quoted' };
  }
  return found;
}

/**
 * A food named in an elimination list counts toward the list's claim only: "cut gluten, dairy,
 * soy, corn, eggs and alcohol to heal my leaky gut" does not say alcohol causes leaky gut. Drops
 * a match whose own terms are all foods of a matched list.
 */
function withoutListFoods(found: Candidate[]): Candidate[] {
  const foods = new Set(found.flatMap((f) => (f.foods && f.matched.some((h) => f.foods!.includes(h.i)) ? f.foods : [])));
  if (!foods.size) return found;
  return found.filter((f) => {
    if (f.foods) return true;
    const own = f.matched.filter((h) => h.concept.startsWith(`${f.id}/`));
    return !own.length || !own.every((h) => foods.has(h.i));
  });
}

function gatherCues(hits: readonly Hit[]): Cues {
  const cues: Cues = { neg: [], negExempt: [], postNeg: [], debunk: [], report: [], contrast: [], own: [] };
  for (const h of hits) {
    if (h.concept === CUE_NEG) cues.neg.push(h);
    else if (h.concept === CUE_NEGX) cues.negExempt.push(h);
    else if (h.concept === CUE_POSTNEG) cues.postNeg.push(h);
    else if (h.concept === CUE_DEBUNK) cues.debunk.push(h);
    else if (h.concept === CUE_REPORT) cues.report.push(h);
    else if (h.concept === CUE_CONTRAST) cues.contrast.push(h);
    else if (h.concept.includes('/')) cues.own.push(h);
  }
  return cues;
}

/**
 * Returns the hits that satisfy one of the claim's patterns in this window, or null. In a paired
 * window the match must draw on both units; a match inside the core alone is found by the
 * core's own window.
 */
function matchClaim(claim: CompiledClaim, hits: readonly Hit[], w: Window, unitOf: Int32Array): Hit[] | null {
  if (claim.unless.some((k) => hits.some((h) => h.concept === k))) return null;
  for (const pattern of claim.patterns) {
    const picked: Hit[] = [];
    let ok = true;
    for (const key of pattern) {
      if (key === GROUPS_KEY) {
        const g = groupHits(claim, hits);
        if (!g) { ok = false; break; }
        picked.push(...g);
        continue;
      }
      const h = bestHit(hits, key, picked);
      if (!h) { ok = false; break; }
      picked.push(h);
    }
    if (!ok) continue;
    if (w.context !== undefined) {
      const inCore = picked.some((h) => unitOf[h.i] === w.core);
      const inContext = picked.some((h) => unitOf[h.i] === w.context);
      if (!inCore || !inContext) continue;
    }
    // A pattern met mostly in hashtags gives way to a later one met in running text.
    if (!fromRunningText(picked)) continue;
    if (claim.direction && runsBackwards(claim.direction, picked, hits, unitOf)) continue;
    if (claim.direction?.cargo && isCargo(claim.direction.cargo, picked, hits, unitOf)) continue;
    return picked;
  }
  return null;
}

/** Words before a causal word that make it a noun: "the cause", "one trigger", "its root cause". */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'one', 'main', 'root', 'its', 'their', 'his', 'her', 'our', 'your', 'common', 'hidden', 'top', 'real', 'underlying', 'biggest', 'major', 'possible', 'other', 'key', 'usual', 'primary', 'no', 'many', 'several', 'some', 'these', 'those', 'what', 'known', 'likely', 'leading', 'potential', 'most', 'such', 'true', 'actual']);
/** Words after a causal word that make it a noun: "leaky gut causes include...", "a trigger for". */
const NOUN_AFTER = new Set(['include', 'includes', 'including', 'are', 'is', 'of', 'for', 'behind', 'vary', 'range']);
/**
 * Object pronouns after a causal verb: "Many things can cause it, including stress" names its
 * effect by the pronoun (an earlier sentence's term), so it relates no term that follows it. Not
 * "this" or "these", which as often open the effect ("can cause these symptoms: stress...").
 */
const PRONOUN_OBJECT = new Set(['it', 'them']);
/**
 * "Make" is causal only with its effect as its object ("anxiety can make the gut leakier", "leaky
 * gut makes you tired"); elsewhere it relates nothing ("brain fog can make your day miserable, and
 * a leaky gut is behind it"). So it counts only where a term follows it, after at most two of these.
 */
const MAKE = new Set(['make', 'makes', 'made', 'making']);
const MAKE_OBJECT_LEAD = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'you', 'me', 'us', 'him', 'people', 'someone', 'everyone', 'anyone', 'that', 'this']);
/** Words that may stand between a causal participle and its "by": "caused and made worse by stress". */
const BEFORE_BY = new Set(['and', 'or', 'made', 'worse', 'worsened', 'aggravated', 'exacerbated', 'often', 'mainly', 'mostly', 'largely', 'partly', 'primarily', 'usually', 'also', 'even', 'directly', 'further', 'in', 'part', 'at', 'least']);

/**
 * The causal connectives as the direction check reads them. "Causes", "trigger" and "drives" are
 * nouns as often as verbs ("Leaky Gut Causes" over a list of them, "the cause is usually leaky
 * gut"), and a noun names no direction: dropped. A causal word whose "by" comes a few words later
 * ("caused and made worse by stress", "triggered or worsened by NSAIDs") names its cause after it.
 * A cause named in a side clause closed by a comma or bracket ("Ibuprofen, because of how it
 * blocks prostaglandins, damages the lining") relates only what stands before it to what is inside
 * the clause: it becomes an aside, its span running to the clause's end (see namedCause). Only a
 * clause that names a cause is read so: after "leading to" or "causing" a comma as often parts a
 * list of effects ("..., leading to fatigue, brain fog and stress"). A connective whose object is
 * a pronoun ("can cause it, including stress") is dropped: what follows the pronoun is not its effect.
 */
function readConnectives(hits: Hit[], tokens: readonly Token[]): Hit[] {
  if (!hits.some((h) => h.concept === CUE_CAUSES || h.concept === CUE_CAUSED_BY)) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.concept !== CUE_CAUSES && h.concept !== CUE_CAUSED_BY) {
      out.push(h);
      continue;
    }
    let read = h;
    if (h.concept === CUE_CAUSES && h.j - h.i === 1) {
      const before = tokens[h.i - 1];
      const after = tokens[h.j];
      if ((before?.kind === 'word' && NOUN_BEFORE.has(before.norm)) || !after || after.kind !== 'word' || NOUN_AFTER.has(after.norm)) continue;
      if (PRONOUN_OBJECT.has(after.norm)) continue;
      if (MAKE.has(tokens[h.i]!.norm) && !termFollows(hits, tokens, h.j)) continue;
      if (byFollows(tokens, h.j)) read = { ...h, concept: CUE_CAUSED_BY };
    }
    const close = read.concept === CUE_CAUSED_BY ? sideClauseEnd(tokens, read) : -1;
    out.push(close >= 0 ? { ...read, concept: ASIDE_CAUSED_BY, j: close } : read);
  }
  return out;
}

/** Whether a term (not a cue) starts at `from`, or after up to two words of MAKE_OBJECT_LEAD there. */
function termFollows(hits: readonly Hit[], tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + 2 && k < tokens.length; k++) {
    if (hits.some((t) => t.i === k && !isCue(t.concept))) return true;
    const t = tokens[k]!;
    if (t.kind !== 'word' || !MAKE_OBJECT_LEAD.has(t.norm)) return false;
  }
  return false;
}

/** A cause named inside a side clause; not a vocabulary key, so nothing but the direction check reads it. */
const ASIDE_CAUSED_BY = '~causedby,';

/** Where the side clause a connective opens (after a comma or an opening bracket) closes again within its sentence, or -1. */
function sideClauseEnd(tokens: readonly Token[], h: Hit): number {
  const before = tokens[h.i - 1];
  if (!before || (before.norm !== ',' && before.norm !== '(')) return -1;
  for (let k = h.j; k < tokens.length && k < h.j + 16; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') continue;
    return t.norm === ',' || t.norm === ')' ? k : -1;
  }
  return -1;
}

function byFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.norm === 'by') return true;
    if (!(t.kind === 'word' ? BEFORE_BY.has(t.norm) : t.norm === ',')) return false;
  }
  return false;
}

/**
 * Whether the sentence names the claim's cause and effect the other way round: the last causal
 * connective between them decides, "X leads to Y" making the earlier term the cause and "X caused
 * by Y" (or "due to", "the result of") the later one. With no connective between them the order
 * says nothing ("food sensitivities, SIBO and leaky gut"), and the match stands.
 */
function runsBackwards(direction: { cause: string[]; effect: string[] }, picked: readonly Hit[], hits: readonly Hit[], unitOf: Int32Array): boolean {
  // A pattern need not name both sides ("stress" and "driver"): the other side is then looked for
  // in the passage, nearest first, so "leaky gut triggers anxiety and stress" is read backwards too.
  // An effect term inside the cause's own words ("an unbalanced microbiome" holds "microbiome")
  // names no effect: the effect is then looked for outside it.
  const pickedCause = picked.find((h) => direction.cause.includes(h.concept));
  const pickedEffect = picked.find((h) => direction.effect.includes(h.concept) && !(pickedCause && overlaps(h, pickedCause)));
  const cause = pickedCause ?? (pickedEffect && nearest(hits, direction.cause, pickedEffect));
  const effect = pickedEffect ?? (pickedCause && nearest(hits, direction.effect, pickedCause));
  if (!cause || !effect) return false;
  const named = namedCause(cause, effect, hits);
  if (named === undefined ? !framedBackwards(direction, cause, effect, hits, unitOf) : named !== effect) return false;
  return !readsForwardElsewhere(cause.concept, effect.concept, hits);
}

/**
 * A claim completed across a heading or lead-in and a line under it, with no connective between
 * the two terms, reads the way the heading casts its lines: under "What can cause a leaky gut?"
 * or "Common causes of leaky gut include:" the line "Food sensitivities" is a cause of the leak,
 * not its effect; under "Signs of a leaky gut" or "Leaky gut can lead to:" the line "Stress" is
 * an effect. The earlier unit is the heading; any term of the claim's side there counts ("Causes of
 * Leaky Gut" over "• Gut infections • Food sensitivities" casts both lines as causes, whichever gut
 * word the pattern picked). A heading casts the lines of its section, not a whole page: a title
 * such as "Symptoms and Warning Signs of Leaky Gut" does not make a sentence far below it a symptom.
 */
function framedBackwards(direction: { cause: string[]; effect: string[] }, cause: Hit, effect: Hit, hits: readonly Hit[], unitOf: Int32Array): boolean {
  if (unitOf[cause.i] === unitOf[effect.i]) return false;
  const [above, line, side, casts] = cause.i < effect.i ? [cause, effect, direction.cause, 'causes'] : [effect, cause, direction.effect, 'effects'];
  const reach = (h: Hit) => unitOf[line.i]! - unitOf[h.i]! <= FRAME_REACH;
  return hits.some((h) => side.includes(h.concept) && h.i <= above.i && unitOf[h.i] !== unitOf[line.i] && reach(h) && castsLinesAs(h, hits, unitOf) === casts);
}

/** Units (lines, items, sentences) under a heading or lead-in that it casts: a long list's worth. */
const FRAME_REACH = 12;

/**
 * What the unit holding `term` makes of the lines under it: their causes when a causal noun or
 * verb stands just before the term ("causes of leaky gut", "what can cause a leaky gut"); their
 * effects when "signs of" or "caused by" does ("problems caused by leaky gut"). A connective after
 * the term speaks for it only where the term opens the unit, as its subject ("Leaky gut can lead
 * to:", "Leaky gut caused by:"): in "Medications irritate the gut lining and cause..." the
 * causing is the medications'.
 */
function castsLinesAs(term: Hit, hits: readonly Hit[], unitOf: Int32Array): 'causes' | 'effects' | undefined {
  const u = unitOf[term.i];
  let start = term.i;
  while (start > 0 && unitOf[start - 1] === u) start--;
  const opens = term.i - start <= 1; // "Leaky gut...", "A leaky gut..."
  for (const h of hits) {
    if (unitOf[h.i] !== u) continue;
    if (h.j <= term.i && term.i - h.j <= 3) {
      if (h.concept === CUE_CAUSES_OF || h.concept === CUE_CAUSES) return 'causes';
      if (h.concept === CUE_EFFECTS_OF || h.concept === CUE_CAUSED_BY) return 'effects';
    } else if (opens && h.i >= term.j && h.i - term.j <= 3) {
      if (h.concept === CUE_CAUSES) return 'effects';
      if (h.concept === CUE_CAUSED_BY) return 'causes';
    }
  }
  return undefined;
}

/**
 * Whether another connective has the same two concepts, the nearest on either side of it, the
 * claim's way round: "Leaky gut causes stress, and stress causes leaky gut" makes the claim in its
 * second half ("...and stress causes cramps in your gut" does not: "gut" is another concept than
 * "leaky gut"). One pass over the hits per connective, so a long run of terms costs little.
 */
function readsForwardElsewhere(causeConcept: string, effectConcept: string, hits: readonly Hit[]): boolean {
  const isTerm = (h: Hit) => h.concept === causeConcept || h.concept === effectConcept;
  for (const c of hits) {
    if (!isConnective(c)) continue;
    let left: Hit | undefined;
    let right: Hit | undefined;
    for (const h of hits) {
      if (!isTerm(h)) continue;
      if (h.j <= c.i) {
        if (!left || h.i > left.i) left = h;
      // An aside's term lies inside its clause; any other connective's after it.
      } else if ((c.concept === ASIDE_CAUSED_BY ? h.i > c.i && h.i < c.j : h.i >= c.j) && (!right || h.i < right.i)) right = h;
    }
    if (!left || !right || left.concept === right.concept) continue;
    if (namedCause(left, right, hits)?.concept === causeConcept) return true;
  }
  return false;
}

/**
 * Whether the pattern's cause is what a leak lets through rather than what makes it: "bad
 * bacteria and toxins pass into your blood", "bad bacteria cross the leaky gut wall", "the
 * translocation of harmful bacteria". A passing word right after the term (six tokens at most,
 * in its sentence, no causal connective between: "SIBO damages the lining, letting toxins into
 * the blood" keeps SIBO the cause) or a "translocation of" right before it.
 */
function isCargo(cargo: readonly string[], picked: readonly Hit[], hits: readonly Hit[], unitOf: Int32Array): boolean {
  const causes = picked.filter((h) => cargo.includes(h.concept));
  if (!causes.length) return false;
  return causes.every((c) =>
    hits.some((k) => {
      if (unitOf[k.i] !== unitOf[c.i]) return false;
      if (k.concept === CUE_CARGO_BEFORE) return k.j <= c.i && c.i - k.j <= 3;
      if (k.concept !== CUE_CARGO_AFTER || k.i < c.j || k.i - c.j > 6) return false;
      return !hits.some((x) => isConnective(x) && x.i >= c.j && x.i < k.i);
    }),
  );
}

function isConnective(h: Hit): boolean {
  return h.concept === CUE_CAUSES || h.concept === CUE_CAUSED_BY || h.concept === ASIDE_CAUSED_BY;
}

/** Which of two terms the last causal connective between them names as the cause, or undefined where none stands between them. */
function namedCause(a: Hit, b: Hit, hits: readonly Hit[]): Hit | undefined {
  const [first, second] = a.i < b.i ? [a, b] : [b, a];
  let last: Hit | undefined;
  for (const h of hits) {
    if (h.i < first.j) continue;
    // A connective between the two, or an aside whose clause holds the second term.
    const between = h.concept === ASIDE_CAUSED_BY ? h.i < second.i && h.j > second.i : isConnective(h) && h.j <= second.i;
    if (!between) continue;
    // "caused by" holds "caused": the longer phrase at the same place wins.
    if (!last || h.i > last.i || (h.i === last.i && h.j > last.j)) last = h;
  }
  if (!last) return undefined;
  return last.concept === CUE_CAUSED_BY || last.concept === ASIDE_CAUSED_BY ? second : first;
}

function nearest(hits: readonly Hit[], concepts: readonly string[], to: Hit): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) if (concepts.includes(h.concept) && !overlaps(h, to) && (!best || Math.abs(h.i - to.i) < Math.abs(best.i - to.i))) best = h;
  return best;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.i < b.j && b.i < a.j;
}

/** The hit of `key` nearest to those already picked, preferring exact over fuzzy. */
function bestHit(hits: readonly Hit[], key: string, picked: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestCost = Infinity;
  const anchor = picked.length ? picked[0]!.i : -1;
  for (const h of hits) {
    if (h.concept !== key) continue;
    if (picked.some((p) => p.i === h.i && p.j === h.j && p.concept === h.concept)) continue;
    const cost = (anchor < 0 ? 0 : Math.abs(h.i - anchor)) + (h.fuzzy ? 5 : 0) + (h.tag ? 50 : 0);
    if (cost < bestCost) {
      best = h;
      bestCost = cost;
    }
  }
  return best;
}

function groupHits(claim: CompiledClaim, hits: readonly Hit[]): Hit[] | null {
  if (!claim.groups) return null;
  const seen = new Map<string, Hit>();
  for (const h of hits) if (claim.groups.keys.includes(h.concept) && !seen.has(h.concept)) seen.set(h.concept, h);
  return seen.size >= claim.groups.min ? [...seen.values()] : null;
}

/**
 * One match per claim and core unit: a match inside one unit beats a paired one, a refutation
 * beats an assertion of the same claim in the same unit.
 */
function resolve(found: readonly Candidate[]): Candidate[] {
  const rank = { refutes: 3, mentions: 2, asserts: 1 } as const;
  const best = new Map<string, Candidate>();
  for (const f of found) {
    const key = `${f.id}@${f.core}`;
    const cur = best.get(key);
    if (!cur || (cur.paired && !f.paired) || (cur.paired === f.paired && rank[f.rule.stance] > rank[cur.rule.stance])) best.set(key, f);
  }
  return [...best.values()];
}
