import type { Claim } from '../schema';
import { FuzzyWords } from './fuzzy';
import { Lexicon, type PackedLexicon } from './lexicon';
import { foldWord } from './normalize';
import type { Vocabulary } from './vocabulary';

/** Concept keys of the stance cues, kept apart from claim concepts by their "~" prefix. */
export const CUE = { neg: '~neg', negExempt: '~negx', postNeg: '~postneg', debunk: '~debunk', report: '~report', contrast: '~contrast', causes: '~causes', causedBy: '~causedby', cargoAfter: '~cargoafter', cargoBefore: '~cargobefore', causesOf: '~causesof', effectsOf: '~effectsof' } as const;
/** Whether a concept key is a stance cue's (or the direction check's own "~" key), not a claim term's. */
export const isCue = (concept: string): boolean => concept.charCodeAt(0) === 126; // "~"
/** The pseudo-concept satisfied by `groups` (at least `min` distinct food groups). */
export const GROUPS = '@groups';

export interface CompiledClaim {
  id: string;
  /** Whether the database rates the claim supported or mixed: careful pages state such claims while refuting myths. */
  trueish: boolean;
  /** Alternative conjunctions of concept keys. */
  patterns: string[][];
  unless: string[];
  groups?: { keys: string[]; min: number };
  /** Concept keys of the claim's cause and effect (see `direction` in claims/schema.ts). */
  direction?: { cause: string[]; effect: string[]; cargo?: string[] };
}

export interface Compiled {
  lexicon: Lexicon;
  fuzzy: FuzzyWords;
  claims: CompiledClaim[];
  /** Words a lower-case hashtag may be split into. */
  tagWords: Set<string>;
  /**
   * The claims a concept can trigger: each pattern is indexed under its claim-specific concepts
   * (or its food groups), so a passage only meets the few claims whose own terms it contains.
   */
  byConcept: Map<string, CompiledClaim[]>;
}

/**
 * Every phrase of the shared vocabulary, the stance cues and the claims' own concepts, sealed.
 * A claim's own concept "x" gets the key "<id>/x".
 */
export function buildLexicon(claims: readonly Claim[], vocab: Vocabulary): Lexicon {
  const lexicon = new Lexicon();
  for (const [name, phrases] of Object.entries(vocab.concepts)) for (const p of phrases) lexicon.add(name, p);
  const cueLists: [string, string[]][] = [
    [CUE.neg, vocab.cues.negation],
    [CUE.negExempt, vocab.cues.negationExempt],
    [CUE.postNeg, vocab.cues.postNegation],
    [CUE.debunk, vocab.cues.debunk],
    [CUE.report, vocab.cues.report],
    [CUE.contrast, vocab.cues.contrast],
    [CUE.causes, vocab.cues.causes],
    [CUE.causedBy, vocab.cues.causedBy],
    [CUE.cargoAfter, vocab.cues.cargoAfter],
    [CUE.cargoBefore, vocab.cues.cargoBefore],
    [CUE.causesOf, vocab.cues.causesOf],
    [CUE.effectsOf, vocab.cues.effectsOf],
  ];
  for (const [key, phrases] of cueLists) for (const p of phrases) lexicon.add(key, p);
  for (const claim of claims) {
    for (const [name, phrases] of Object.entries(claim.match.concepts)) for (const p of phrases) lexicon.add(`${claim.id}/${name}`, p);
  }
  lexicon.seal();
  return lexicon;
}

/**
 * Turns the vocabulary and the claims' own match rules into one lexicon and per-claim patterns
 * of concept keys. Pattern names resolve to the claim's own concept first, then to the shared
 * vocabulary. Unknown names are an error here, at load time, not a silent miss at scan time.
 * `packed`, when given, must be `buildLexicon(claims, vocab).pack()` of these very claims and
 * vocabulary (the prebuilt command's, made at build time).
 */
export function compile(claims: readonly Claim[], vocab: Vocabulary, packed?: PackedLexicon): Compiled {
  const lexicon = packed ? Lexicon.unpack(packed) : buildLexicon(claims, vocab);
  const compiled: CompiledClaim[] = [];
  for (const claim of claims) {
    const own = claim.match.concepts;
    const resolve = (name: string): string => {
      if (name === GROUPS) {
        if (!claim.match.groups) throw new Error(`${claim.id}: pattern uses ${GROUPS} but match.groups is missing`);
        return GROUPS;
      }
      if (own[name]) return `${claim.id}/${name}`;
      if (vocab.concepts[name]) return name;
      throw new Error(`${claim.id}: match pattern names unknown concept "${name}"`);
    };
    compiled.push({
      id: claim.id,
      trueish: claim.verdict === 'supported' || claim.verdict === 'mixed',
      patterns: claim.match.patterns.map((p) => p.map(resolve)),
      unless: (claim.match.unless ?? []).map(resolve),
      groups: claim.match.groups && { keys: claim.match.groups.names.map(resolve), min: claim.match.groups.min },
      direction: claim.match.direction && compileDirection(claim.id, claim.match.direction, resolve),
    });
  }
  const byConcept = new Map<string, CompiledClaim[]>();
  for (const claim of compiled) {
    for (const pattern of claim.patterns) {
      const triggers = pattern.flatMap((k) => (k === GROUPS ? claim.groups!.keys : k.startsWith(`${claim.id}/`) ? [k] : []));
      if (!triggers.length) throw new Error(`${claim.id}: every pattern needs one of the claim's own concepts`);
      for (const k of triggers) {
        const list = byConcept.get(k) ?? [];
        if (!list.includes(claim)) list.push(claim);
        byConcept.set(k, list);
      }
    }
  }
  const fuzzyTargets = vocab.fuzzy.map(foldWord);
  const fuzzy = new FuzzyWords(fuzzyTargets, new Set([...vocab.fuzzyExclude.map(foldWord), ...lexicon.words]));
  const tagWords = new Set([...lexicon.words, ...vocab.tagWords.map(foldWord)]);
  return { lexicon, fuzzy, claims: compiled, tagWords, byConcept };
}

function compileDirection(id: string, direction: NonNullable<Claim['match']['direction']>, resolve: (name: string) => string): NonNullable<CompiledClaim['direction']> {
  const stray = direction.cargo?.find((name) => !direction.cause.includes(name));
  if (stray) throw new Error(`${id}: direction.cargo names "${stray}", which is not one of its causes`);
  return {
    cause: direction.cause.map(resolve),
    effect: direction.effect.map(resolve),
    ...(direction.cargo && { cargo: direction.cargo.map(resolve) }),
  };
}
