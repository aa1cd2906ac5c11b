import { z } from 'zod';
import type { Matcher } from '../claims/engine';

/** One labelled document, as in ../shared/corpus/README.md. */
export const labelledDocSchema = z.object({
  doc: z.string(),
  kind: z.string().optional(),
  text: z.string(),
  asserts: z.array(z.string()),
  mentions_not_asserted: z.array(z.string()),
  ambiguous: z.array(z.string()).optional(),
});
export type LabelledDoc = z.infer<typeof labelledDocSchema>;

export interface Tally { tp: number; fp: number; fn: number }

/** Page kinds as the issue tracker reports them; a document can be in two (a long debunk). */
export const GROUPS = ['debunk', 'promotional', 'social', 'long pages', 'hard negatives'] as const;
export type Group = (typeof GROUPS)[number];
const SOCIAL = new Set(['instagram-caption', 'tiktok-caption', 'tweet', 'facebook-post', 'reddit-comment', 'forum-post']);
const PROMOTIONAL = new Set(['product-page', 'clinic-page', 'newsletter', 'youtube-description', 'blog-paragraph']);
/** Above this many characters a document counts as a long page. */
const LONG_PAGE = 1200;

export function groupsOf(d: LabelledDoc): Group[] {
  const out: Group[] = [];
  if (d.kind === 'debunk-article') out.push('debunk');
  else if (d.kind && PROMOTIONAL.has(d.kind)) out.push('promotional');
  else if (d.kind && SOCIAL.has(d.kind)) out.push('social');
  if (d.text.length > LONG_PAGE) out.push('long pages');
  if (!d.asserts.length) out.push('hard negatives');
  return out;
}

export interface GroupTally extends Tally {
  docs: number;
  negationErrors: number;
  mentionLabels: number;
}

export interface CorpusScore {
  total: Tally;
  subsets: Record<'d*' | 's*' | 'other', Tally>;
  groups: Record<Group, GroupTally>;
  perId: Map<string, Tally>;
  negationErrors: number;
  mentionLabels: number;
  errors: string[];
}

/** Labels added to a corpus document later, for claims added since it was labelled (see corpora.ts). */
export const laterLabelsSchema = labelledDocSchema.pick({ doc: true, asserts: true, mentions_not_asserted: true }).extend({ ambiguous: z.array(z.string()) });
export type LaterLabels = z.infer<typeof laterLabelsSchema>;
/** A file of later labels: each document's, and the claim ids they cover. */
export interface LaterLabelSet {
  ids: ReadonlySet<string>;
  byDoc: ReadonlyMap<string, LaterLabels>;
}

/**
 * Parses a JSON-lines corpus, naming the line of any bad record. `unlabelled` are claim ids the
 * corpus was never labelled for (see unlabelledIds in corpora.ts): they join each document's
 * ambiguous ids, so they are neither scored nor trained on there, unless `later` holds the
 * document's labels for them.
 */
export function parseCorpus(jsonl: string, unlabelled: readonly string[] = [], later?: LaterLabelSet): LabelledDoc[] {
  return parseLines(jsonl, labelledDocSchema).map((doc) => {
    const extra = later?.byDoc.get(doc.doc);
    if (extra) {
      const stillUnlabelled = unlabelled.filter((id) => !later!.ids.has(id));
      return { ...doc, asserts: [...doc.asserts, ...extra.asserts], mentions_not_asserted: [...doc.mentions_not_asserted, ...extra.mentions_not_asserted], ambiguous: [...(doc.ambiguous ?? []), ...extra.ambiguous, ...stillUnlabelled] };
    }
    return unlabelled.length ? { ...doc, ambiguous: [...(doc.ambiguous ?? []), ...unlabelled] } : doc;
  });
}

/** Later labels by document id (see laterLabelsSchema); throws on an id outside `ids` or a document labelled twice. */
export function parseLaterLabels(jsonl: string, ids: ReadonlySet<string>): LaterLabelSet {
  const out = new Map<string, LaterLabels>();
  for (const l of parseLines(jsonl, laterLabelsSchema)) {
    const stray = [...l.asserts, ...l.mentions_not_asserted, ...l.ambiguous].find((id) => !ids.has(id));
    if (stray) throw new Error(`later labels of ${l.doc}: ${stray} is not one of the ids they cover`);
    if (out.has(l.doc)) throw new Error(`later labels: ${l.doc} is labelled twice`);
    out.set(l.doc, l);
  }
  return { ids, byDoc: out };
}

function parseLines<T>(jsonl: string, schema: z.ZodType<T>): T[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`corpus line ${i + 1}: ${parsed.error.issues[0]?.message}`);
    return [parsed.data];
  });
}

/** The claim ids a system says a document asserts. */
export type Predict = (d: LabelledDoc) => Iterable<string>;

/** A corpus and a system scored on some claim ids alone: every other id is set aside on both sides. */
export function restrictedTo(ids: ReadonlySet<string>, docs: readonly LabelledDoc[], predict: Predict): { docs: LabelledDoc[]; predict: Predict } {
  return {
    docs: docs.map((d) => ({ ...d, asserts: d.asserts.filter((id) => ids.has(id)), mentions_not_asserted: d.mentions_not_asserted.filter((id) => ids.has(id)) })),
    predict: (d) => [...predict(d)].filter((id) => ids.has(id)),
  };
}

/** What the engine asserts in a document's text. */
export const assertedBy = (matcher: Matcher): Predict => (d) => matcher.scan(d.text).filter((h) => h.stance === 'asserts').map((h) => h.id);

/**
 * Scores asserted ids as the corpus README prescribes: ambiguous ids dropped from the prediction,
 * TP/FP/FN summed over all documents (micro average), and predicted ids that the text only
 * mentions counted apart as negation errors.
 */
export function scoreCorpus(docs: readonly LabelledDoc[], predict: Predict): CorpusScore {
  const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { ...tally(), docs: 0, negationErrors: 0, mentionLabels: 0 }])) as Record<Group, GroupTally>;
  const score: CorpusScore = { total: tally(), subsets: { 'd*': tally(), 's*': tally(), other: tally() }, groups, perId: new Map(), negationErrors: 0, mentionLabels: 0, errors: [] };
  for (const d of docs) {
    const amb = new Set(d.ambiguous ?? []);
    const predicted = new Set([...predict(d)].filter((id) => !amb.has(id)));
    const gold = new Set(d.asserts);
    const mentions = new Set(d.mentions_not_asserted);
    score.mentionLabels += mentions.size;
    const sub = score.subsets[d.doc.startsWith('d') ? 'd*' : d.doc.startsWith('s') ? 's*' : 'other'];
    const inGroups = groupsOf(d).map((g) => groups[g]);
    for (const g of inGroups) {
      g.docs++;
      g.mentionLabels += mentions.size;
    }
    const bump = (id: string, k: keyof Tally) => {
      score.total[k]++;
      sub[k]++;
      for (const g of inGroups) g[k]++;
      if (!score.perId.has(id)) score.perId.set(id, tally());
      score.perId.get(id)![k]++;
    };
    for (const id of predicted) {
      if (gold.has(id)) bump(id, 'tp');
      else {
        bump(id, 'fp');
        if (mentions.has(id)) {
          score.negationErrors++;
          for (const g of inGroups) g.negationErrors++;
        }
        score.errors.push(`${d.doc} FP ${id}${mentions.has(id) ? ' (negation error)' : ''}`);
      }
    }
    for (const id of gold) {
      if (!predicted.has(id)) {
        bump(id, 'fn');
        score.errors.push(`${d.doc} FN ${id}`);
      }
    }
  }
  return score;
}

export const precision = (t: Tally) => t.tp / Math.max(1, t.tp + t.fp);
export const recall = (t: Tally) => t.tp / Math.max(1, t.tp + t.fn);
export const f1 = (t: Tally) => (2 * precision(t) * recall(t)) / Math.max(1e-9, precision(t) + recall(t));
