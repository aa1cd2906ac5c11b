/**
 * The golden pages' expectations (<name>.expected.json) and the checks that compare them with
 * what GutCheck marked. Verdicts come from the claims database, so a fixture names claim ids only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadDatabase } from '../../../claims/cli/load-database';
import { VERDICTS, type Claim } from '../../../claims/schema';
import { verdictWords } from '../../../claims/words';
import type { Mark } from './probe';

const highlightSchema = z
  .object({
    claim: z.string(),
    /** Words one mark must cover; a list means any one of them (the engine marks one hit per claim and block). */
    text: z.union([z.string(), z.array(z.string()).min(1)]),
    /** The sentence or heading the mark must stay inside: a mark that bleeds past it is wrong. */
    within: z.string().optional(),
  })
  .strict();

const stageSchema = z.object({
  asserted: z.array(z.string()),
  notAsserted: z.array(z.string()).default([]),
  highlights: z.array(highlightSchema).default([]),
});

/**
 * What a reader does between two stages (test/e2e/lib/seam-actions.ts does it, and actions.ts on
 * a Playwright page): "expand-more" clicks the button named "more", "scroll-to-bottom" scrolls
 * until more posts arrive, "click" clicks the control `target` names (by role and accessible
 * name), "back" is the browser's Back button.
 */
const stepSchema = stageSchema
  .extend({
    action: z.enum(['expand-more', 'scroll-to-bottom', 'click', 'back']),
    target: z.object({ role: z.enum(['button', 'link', 'tab']), name: z.string() }).strict().optional(),
  })
  .strict()
  .refine((s) => (s.action === 'click') === (s.target !== undefined), { message: 'a "click" step names its target, other steps none' });

export const expectedSchema = stageSchema.extend({ steps: z.array(stepSchema).default([]) }).strict();

export type Expected = z.infer<typeof expectedSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type ExpectedHighlight = z.infer<typeof highlightSchema>;

/** The golden pages: <name>.html next to <name>.expected.json. */
export const FIXTURES_DIR = resolve('test/fixtures/pages');

/** Names of the golden pages (every <name>.expected.json in `dir`). */
export function fixtureNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
}

export function loadExpected(dir: string, name: string): Expected {
  return expectedSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')));
}

let claims: Map<string, Claim> | undefined;
/** The bundled claims by id (and alias). */
export function claimById(id: string): Claim {
  if (!claims) {
    claims = new Map();
    for (const c of loadDatabase()) for (const key of [c.id, ...(c.aliases ?? [])]) claims.set(key, c);
  }
  const claim = claims.get(id);
  if (!claim) throw new Error(`fixture names unknown claim id "${id}"`);
  return claim;
}

/** The popup's sentence for a page whose asserted claims are `ids`: the badge's number, then the count per verdict in words, most doubtful first. */
export function popupCountsFor(ids: readonly string[]): string {
  const verdicts = ids.map((id) => claimById(id).verdict);
  const parts = [...VERDICTS].reverse().flatMap((v) => {
    const n = verdicts.filter((x) => x === v).length;
    return n ? [`${n} ${verdictWords(v).toLowerCase()}`] : [];
  });
  return `${ids.length} claims on this page: ${parts.join(', ')}`;
}

/** The claim whose statement a card shows (card-claim reads "<stance>: <claim>"). */
export function claimFromCardText(text: string): Claim | undefined {
  claimById('permeability-is-real'); // loads the database
  const t = norm(text);
  return [...claims!.values()].find((c) => t.endsWith(norm(c.claim)));
}

/** Whitespace collapsed, typographic quotes made plain: how texts are compared. */
export function norm(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Why no mark satisfies `h`, or null when one does. */
export function highlightProblem(h: ExpectedHighlight, marks: readonly Mark[]): string | null {
  const name = `gutcheck-${claimById(h.claim).verdict}`;
  const wanted = (Array.isArray(h.text) ? h.text : [h.text]).map(norm);
  const candidates = marks.filter((m) => m.name === name);
  const covering = candidates.filter((m) => wanted.some((w) => norm(m.text).includes(w)));
  if (!covering.length) {
    return `${h.claim}: no ${name} mark covers ${JSON.stringify(h.text)}; ${name} marks: ${JSON.stringify(candidates.map((m) => m.text))}`;
  }
  if (h.within && !covering.some((m) => norm(h.within!).includes(norm(m.text)))) {
    return `${h.claim}: the mark reaches past its sentence: ${JSON.stringify(covering.map((m) => m.text))} not within ${JSON.stringify(h.within)}`;
  }
  return null;
}
