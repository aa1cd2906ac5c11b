import type { Candidate, Found } from './candidates';
import { CUE } from './compile';
import type { DocView } from './document';
import type { Hit } from './hits';
import { inExemptPhrase } from './stance';
import { isSarcastic, unitRaw } from './voice';

/**
 * Features of one rule match for the learned stance step: what the rules decided and why, the
 * cues of the sentences around it, the heading above, the title, the paragraph, the page as a
 * whole, the voice (first person, a reply, a quote, sarcasm, selling), and hashed words of the
 * match's sentence and its neighbours. Named features come first, in NAMED order; hashed words
 * fill HASH_SIZE slots after them (the claim fit's words FIT_HASH_SIZE).
 */
const BASE = [
  'bias',
  'rule.asserts', 'rule.negation', 'rule.debunk', 'rule.question', 'rule.report', 'rule.quoted', 'rule.sarcasm', 'rule.rhetorical',
  'next.refersBackNegated', 'next2.refersBackNegated',
  'claim.trueish', 'claim.trueishOnDebunkPage',
  'match.paired', 'match.relaxed', 'match.fuzzy', 'match.tagged', 'match.spread',
  'core.item', 'core.heading', 'core.quiz', 'core.short', 'core.long', 'core.contrast',
  'match.coreShare', 'match.ownOutsideCore', 'pair.heading', 'pair.leadIn', 'pair.question', 'pair.before', 'pair.after',
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
export type NamedFeature = (typeof BASE)[number];

/**
 * Each context feature again, set only when the rules found an assertion: context means one
 * thing beside a plain assertion ("...The studies say otherwise.") and another beside a
 * passage the rules already read as a refutation.
 */
const INTERACTING = BASE.filter((n) => n !== 'bias' && !n.startsWith('rule.'));
export const NAMED: readonly string[] = [...BASE, ...INTERACTING.map((n) => `${n}|asserts`)];
/** How many base (non-interaction) named features there are: the tree model reads these. */
export const BASE_COUNT = BASE.length;
/** The base feature a named index stands for (an interaction's base feature). */
export const baseOf = (i: number): NamedFeature => (i < BASE.length ? BASE[i]! : INTERACTING[i - BASE.length]!);

/** Slots of the stance words model (4,096, shared by the namespaces of the passage and its context). */
export const HASH_BITS = 12;
export const HASH_SIZE = 1 << HASH_BITS;
/**
 * Slots of the claim-fit model, whose words are hashed per claim (claimFitFeatures): 16,384. At
 * 4,096 (sessions one to fourteen) the words of 49 claims shared the slots and nearly every slot
 * held a weight. Fifteenth session, cross-validated over 4,438 documents: 0.866 / 0.768 (F0.5
 * 0.845) with 4,096 slots for both models, 0.874 / 0.768 (0.850) with 16,384 for the claim fit.
 * Giving the stance words model 16,384 slots as well scored higher still (0.881 / 0.773), but it
 * learned sharper topic priors: a plain "bone broth seals the holes in your gut" added to a quiet
 * page fell under the quiet floor and was no longer marked, and a myth under a "Five gut myths"
 * title rose above the same line alone. Not shipped.
 */
export const FIT_HASH_BITS = 14;
export const FIT_HASH_SIZE = 1 << FIT_HASH_BITS;
const NAMED_INDEX = new Map<string, number>(NAMED.map((name, i) => [name, i]));
/** For each base feature index, the index of its interaction with a rules' assertion (-1: none). */
const INTERACT_INDEX = BASE.map((n) => NAMED.indexOf(`${n}|asserts`));

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
  /** Per-unit word hashes and voice, computed on first use: candidates share their units. */
  unitInfo: (UnitInfo | undefined)[];
}

/** What a unit contributes to any candidate's features, whatever role it plays (core, neighbour, heading). */
interface UnitInfo {
  /** Base hashes of the unit's words. */
  words: number[];
  /** Base hashes of its adjacent word pairs. */
  pairs: number[];
  firstPerson: number;
  second: number;
  we: number;
  promo: number;
  exclaim: number;
  doubleQuestion: number;
  sarcasm: number;
  emoji: number;
}

export function featureContext(text: string, found: Found): FeatureContext {
  const doc = found.doc;
  const cues = found.byUnit.map((hits, u) => {
    const c = unitCues(hits, found.units[u]!.t0);
    return c.neg + c.debunk && isBoilerplate(unitRaw(text, found.tokens, found.units, u)) ? NO_CUES : c;
  });
  let debunks = 0;
  for (const c of cues) debunks += c.debunk;
  // Near misses are mostly stray words: page-level figures count real matches only.
  const matches = found.candidates.filter((c) => !c.partial);
  const refuted = matches.filter((c) => c.rule.stance !== 'asserts').length;
  return {
    text,
    found,
    doc,
    cues,
    // Page-level figures need a page: in a sentence or two, one "no evidence" or one question is
    // the sentence's own business (its features say so), not a debunking page.
    debunkDensity: found.units.length < 4 ? 0 : Math.min(1, debunks / found.units.length),
    refutedShare: matches.length < 3 ? 0 : refuted / matches.length,
    distinctClaims: new Set(matches.map((c) => c.id)).size,
    unitInfo: new Array<UnitInfo | undefined>(found.units.length),
  };
}

/**
 * The regulators' notice on supplement pages ("These statements have not been evaluated by the
 * FDA", "not intended to diagnose, treat, cure or prevent any disease"): required wording, not the
 * page disputing its own claims, so its negations are no context.
 */
const BOILERPLATE = /not been evaluated by the (?:food and drug administration|fda|tga|mhra)|not intended to diagnose,? treat,? cure,? or prevent/i;
const isBoilerplate = (raw: string) => BOILERPLATE.test(raw);
const NO_CUES: UnitCues = Object.freeze({ neg: 0, debunk: 0, report: 0, postNeg: 0, contrastOpen: false });

const COUNTED: Readonly<Record<string, 'neg' | 'debunk' | 'report' | 'postNeg'>> = { [CUE.neg]: 'neg', [CUE.debunk]: 'debunk', [CUE.report]: 'report', [CUE.postNeg]: 'postNeg' };

/**
 * Cue counts of one unit. The rules' gatherCues sorts the same cues into arrays; counting here
 * instead keeps every unit of a page free of allocations (it runs for all units, not only matches).
 * A cue inside a set phrase ("no matter", "celiac or not", "nothing but") is no cue, as the
 * rules' inScope reads it: counted here, the phrase made the sentence after a claim dispute it.
 */
function unitCues(hits: readonly Hit[], t0: number): UnitCues {
  const c: UnitCues = { neg: 0, debunk: 0, report: 0, postNeg: 0, contrastOpen: false };
  for (const h of hits) {
    if (h.concept === CUE.contrast) {
      if (h.i <= t0 + 1) c.contrastOpen = true;
      continue;
    }
    const k = COUNTED[h.concept];
    if (k && !inExemptPhrase(hits, h)) c[k]++;
  }
  return c;
}

const PROMO = new Set(['buy', 'shop', 'order', 'code', 'discount', 'off', 'link', 'bio', 'sale', 'subscribe', 'enroll', 'book', 'price', 'bundle', 'checkout', 'cart']);
const FIRST = new Set(['i', 'my', 'me', 'im', 'ive', 'id', 'mine', 'myself']);
const SECOND = new Set(['you', 'your', 'youre', 'yours', 'yourself']);
const WE = new Set(['we', 'our', 'us', 'ours', 'weve', 'were']);
const PRICE_RE = /[$€£]\s?\d|\d\s?%/;
const EMOJI_RE = /\p{Extended_Pictographic}/u;


/** Builds the feature vector of one candidate. */
export function featurize(ctx: FeatureContext, cand: Candidate): Features {
  const { found, doc, cues, text } = ctx;
  const { units, tokens } = found;
  // Each named feature is set at most once; hashed slots may repeat (a collision adds up), the same in training and use.
  const idx: number[] = [];
  const val: number[] = [];
  const set = (name: NamedFeature, v = 1) => {
    if (v) {
      idx.push(NAMED_INDEX.get(name)!);
      val.push(v);
    }
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
  let inCore = 0;
  let ownOutside = true;
  for (const h of cand.matched) {
    if (found.unitOf[h.i] === u) {
      inCore++;
      if (h.concept.startsWith(`${cand.id}/`)) ownOutside = false;
    }
  }
  set('match.coreShare', inCore / cand.matched.length);
  set('match.ownOutsideCore', ownOutside ? 1 : 0);
  if (cand.context !== undefined) {
    const c = units[cand.context]!;
    if (c.heading) set('pair.heading');
    else if (c.leadIn) set('pair.leadIn');
    else if (c.question) set('pair.question');
    else set(cand.context < u ? 'pair.before' : 'pair.after');
  }
  // A neighbouring sentence about another claim of its own ("Collagen does not rebuild your gut
  // wall") negates that claim, not this one: its cues are left out, as the rules do after "but".
  const about = (k: number) => !ownsOtherClaim(found, k, cand.id);
  const prev = u > 0 && doc.para[u - 1] === doc.para[u] && about(u - 1) ? cues[u - 1] : undefined;
  if (prev) {
    set('prev.negation', prev.neg ? 1 : 0);
    set('prev.debunk', prev.debunk ? 1 : 0);
    set('prev.report', prev.report ? 1 : 0);
    set('prev.question', units[u - 1]!.question ? 1 : 0);
  }
  const next = about(u + 1) ? cues[u + 1] : undefined;
  if (next) {
    set('next.negation', next.neg ? 1 : 0);
    set('next.debunk', next.debunk ? 1 : 0);
    set('next.report', next.report ? 1 : 0);
    set('next.postneg', next.postNeg ? 1 : 0);
    set('next.question', units[u + 1]!.question ? 1 : 0);
    set('next.contrast', next.contrastOpen ? 1 : 0);
  }
  // "Not one of them is proven", "They don't work", "None of this has been tested": a negation
  // that points back at what came before.
  if (next && (next.neg || next.debunk || next.postNeg) && refersBack(found, u + 1)) set('next.refersBackNegated');
  const next2 = about(u + 2) ? cues[u + 2] : undefined;
  if (next2 && (next2.neg || next2.debunk || next2.postNeg) && refersBack(found, u + 2)) set('next2.refersBackNegated');
  if (next2) {
    set('next2.negation', next2.neg ? 1 : 0);
    set('next2.debunk', next2.debunk ? 1 : 0);
  }
  let pn = 0;
  let pd = 0;
  let pr = 0;
  const addPara = (k: number) => {
    if (!about(k)) return;
    pn += cues[k]!.neg;
    pd += cues[k]!.debunk;
    pr += cues[k]!.report;
  };
  for (let k = u - 1; k >= 0 && doc.para[k] === doc.para[u]; k--) addPara(k);
  for (let k = u + 1; k < units.length && doc.para[k] === doc.para[u]; k++) addPara(k);
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
  let assertedElsewhere = 0;
  let refutedElsewhere = 0;
  for (const other of found.candidates) {
    if (other === cand || other.id !== cand.id || other.partial) continue;
    if (other.rule.stance === 'asserts') assertedElsewhere = 1;
    // Refuted, asked or reported: counting refutations alone was tried (ninth session) and moved
    // cross-validation along the curve, 0.865 / 0.785 against 0.870 / 0.778.
    else refutedElsewhere = 1;
  }
  // Another passage making the claim cannot undo this sentence's own refutation (a reply in a
  // thread that disputes the post): for a rules' refutation it is not read.
  set('same.assertedElsewhere', cand.rule.stance === 'refutes' ? 0 : assertedElsewhere);
  set('same.refutedElsewhere', refutedElsewhere);
  if (next && doc.speaker[u + 1] !== doc.speaker[u] && (next.neg || next.debunk || next.postNeg)) set('turn.nextDisputes');
  set('turn.reply', doc.speaker[u]! > 0 ? 1 : 0);
  set('turn.quotedLine', doc.quoted[u] ? 1 : 0);
  const info = unitInfo(ctx, u);
  set('voice.firstPerson', info.firstPerson);
  set('voice.second', info.second);
  set('voice.we', info.we);
  set('voice.promo', info.promo);
  set('voice.exclaim', info.exclaim);
  set('voice.doubleQuestion', info.doubleQuestion);
  set('voice.sarcasm', info.sarcasm);
  set('voice.emoji', info.emoji);
  if (cand.rule.reason === 'none') {
    const n = idx.length;
    for (let k = 0; k < n; k++) {
      const at = INTERACT_INDEX[idx[k]!];
      if (at !== undefined && at >= 0) {
        idx.push(at);
        val.push(val[k]!);
      }
    }
  }
  const f = { idx, val };
  addWords(f, NS_CORE, info, true);
  if (u > 0 && doc.para[u - 1] === doc.para[u]) addWords(f, NS_PREV, unitInfo(ctx, u - 1), false);
  if (u + 1 < units.length) addWords(f, NS_NEXT, unitInfo(ctx, u + 1), true);
  if (hd >= 0 && hd !== u) addWords(f, NS_HEADING, unitInfo(ctx, hd), false);
  if (doc.title >= 0 && doc.title !== u && doc.title !== hd) addWords(f, NS_TITLE, unitInfo(ctx, doc.title), false);
  return f;
}

/**
 * What the claim-fit step sees of one candidate: how the pattern matched (the match features
 * above) and the words of the passage's own sentence, hashed per claim, so a word can say "this
 * sentence is about that claim" for one claim and nothing for another ("Collagen is rich in
 * glycine, proline and glutamine, the amino acids your body uses to rebuild the gut lining" is
 * collagen's claim, not glutamine's). No page-level context: the sentence's words and how the
 * pattern matched (which may use the line paired with it), so a page read whole and one read block
 * by block give a passage the same fit.
 */
export function claimFitFeatures(ctx: FeatureContext, cand: Candidate, stanceFeatures: Features): Features {
  const idx: number[] = [];
  const val: number[] = [];
  for (let k = 0; k < stanceFeatures.idx.length; k++) {
    if (FIT_NAMED.has(stanceFeatures.idx[k]!)) {
      idx.push(stanceFeatures.idx[k]!);
      val.push(stanceFeatures.val[k]!);
    }
  }
  const fit = { idx, val };
  addWords(fit, hashString(cand.id), unitInfo(ctx, cand.core), true, FIT_HASH_BITS);
  return fit;
}

const FIT_NAMED = new Set<number>(
  ['bias', 'match.paired', 'match.relaxed', 'match.fuzzy', 'match.tagged', 'match.spread', 'match.coreShare', 'match.ownOutsideCore',
    'core.item', 'core.heading', 'core.quiz', 'core.short', 'core.long', 'pair.heading', 'pair.leadIn', 'pair.question', 'pair.before', 'pair.after',
  ].map((n) => NAMED.indexOf(n)),
);

/** Whether unit k names another claim's own term and none of `id`'s. */
function ownsOtherClaim(found: Found, k: number, id: string): boolean {
  const hits = found.byUnit[k];
  if (!hits) return false;
  let other = false;
  for (const h of hits) {
    const slash = h.concept.indexOf('/');
    if (slash < 0) continue;
    if (h.concept.startsWith(id) && slash === id.length) return false;
    other = true;
  }
  return other;
}

const BACK = new Set(['them', 'these', 'those', 'they', 'none', 'any', 'it', 'this', 'that', 'such', 'either', 'neither', 'nothing', 'theyre', 'its', 'thats']);

/** Whether one of the unit's first eight words points back (them, these, none, it...). */
function refersBack(found: Found, u: number): boolean {
  const unit = found.units[u]!;
  for (let i = unit.t0, seen = 0; i < unit.t1 && seen < 8; i++) {
    const t = found.tokens[i]!;
    if (t.kind !== 'word') continue;
    if (BACK.has(t.norm)) return true;
    seen++;
  }
  return false;
}

// Namespace seeds: the same word hashes to different slots as the core sentence, the next one, the heading...
const NS_CORE = 0x9e3779b1;
const NS_PREV = 0x85ebca77;
const NS_NEXT = 0xc2b2ae3d;
const NS_HEADING = 0x27d4eb2f;
const NS_TITLE = 0x165667b1;

function addWords(f: Features, ns: number, info: UnitInfo, pairs: boolean, bits = HASH_BITS): void {
  for (const h of info.words) {
    f.idx.push(NAMED.length + slot(ns, h, bits));
    f.val.push(1);
  }
  if (!pairs) return;
  for (const h of info.pairs) {
    f.idx.push(NAMED.length + slot(ns, h, bits));
    f.val.push(1);
  }
}

/** A hash's slot in one namespace (a multiplicative mix, then the top `bits` bits). */
function slot(ns: number, h: number, bits: number): number {
  return Math.imul(h ^ ns, 0x2c1b3c6d) >>> (32 - bits);
}

function unitInfo(ctx: FeatureContext, u: number): UnitInfo {
  const cached = ctx.unitInfo[u];
  if (cached) return cached;
  const { tokens, units } = ctx.found;
  const unit = units[u]!;
  const info: UnitInfo = { words: [], pairs: [], firstPerson: 0, second: 0, we: 0, promo: 0, exclaim: 0, doubleQuestion: 0, sarcasm: 0, emoji: 0 };
  let prev = -1;
  for (let i = unit.t0; i < unit.t1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      prev = -1;
      continue;
    }
    const h = hashString(t.info?.key ?? t.norm);
    info.words.push(h);
    if (prev !== -1) info.pairs.push(Math.imul(prev, 0x01000193) ^ h);
    prev = h;
    if (FIRST.has(t.norm)) info.firstPerson = 1;
    else if (SECOND.has(t.norm)) info.second = 1;
    else if (WE.has(t.norm)) info.we = 1;
    else if (PROMO.has(t.norm)) info.promo = 1;
  }
  const raw = unitRaw(ctx.text, tokens, units, u);
  if (PRICE_RE.test(raw)) info.promo = 1;
  info.exclaim = raw.includes('!') ? 1 : 0;
  info.doubleQuestion = raw.includes('??') ? 1 : 0;
  info.sarcasm = isSarcastic(raw) ? 1 : 0;
  info.emoji = EMOJI_RE.test(raw) ? 1 : 0;
  ctx.unitInfo[u] = info;
  return info;
}

/** FNV-1a, 32 bits. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Context that can speak against a claim: cues in the sentences around it (about the same
 * claim), a sceptical heading or title, a reply that disputes it, a quoted line, sarcasm, a
 * verdict after its list, and the same claim read elsewhere in what was read as refuted, asked or
 * reported (a debunk that restates the myth plainly in one paragraph and refutes it in another;
 * also, less happily, a shop's FAQ question under its own claim). Page-wide figures about
 * other claims and cues inside the sentence itself (the rules' own business) do not count.
 * Without any of these, the rules' reading of the sentence stands; the learned step only weighs
 * passages where context speaks.
 */
const CONTRARY = new Set<number>(
  [
    'core.contrast',
    'prev.negation', 'prev.debunk', 'prev.report', 'prev.question',
    'next.negation', 'next.debunk', 'next.report', 'next.postneg', 'next.question', 'next.contrast', 'next2.negation', 'next2.debunk',
    'para.negation', 'para.debunk', 'para.report',
    'heading.negation', 'heading.debunk', 'heading.report', 'heading.question',
    'title.negation', 'title.debunk', 'title.report', 'title.question',
    'list.verdictRefutes',
    'turn.nextDisputes', 'turn.quotedLine', 'voice.sarcasm',
    'same.refutedElsewhere',
  ].map((n) => NAMED.indexOf(n)),
);

export function contextSpeaks(f: Features): boolean {
  for (let k = 0; k < f.idx.length; k++) if (CONTRARY.has(f.idx[k]!)) return true;
  return false;
}
