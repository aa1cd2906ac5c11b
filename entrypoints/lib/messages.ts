import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { idSchema, verdictSchema } from '@/claims/schema';
import { assertedOnPage } from '@/claims/engine/page-stance';
import { loadCheckerSchema } from './page-info';

/** How a passage relates to its claim (the engine's Stance). */
const stanceSchema = z.enum(['asserts', 'refutes', 'mentions']);

/** One claim found on a page, as the background and the side panel see it. */
export const pageClaimSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  stance: stanceSchema,
  verdict: verdictSchema,
  /** The passage as the page words it, trimmed to 300 characters. */
  text: z.string().check(z.maxLength(300)),
});
export type PageClaim = z.infer<typeof pageClaimSchema>;

/** Content script -> background: the full current list for this page (a snapshot, not a delta). */
export const scanResultsSchema = z.strictObject({
  type: z.literal('scan-results'),
  url: z.string(),
  claims: z.array(pageClaimSchema).check(z.maxLength(2000)),
});
export type ScanResults = z.infer<typeof scanResultsSchema>;

/** Side panel and popup -> background: what did the content script find in this tab? */
export const getTabResultsSchema = z.strictObject({
  type: z.literal('get-tab-results'),
  tabId: z.int().check(z.nonnegative()),
});

/**
 * Side panel -> content script of the listed tab: scroll to this passage and flash it. Names the
 * passage as the tab's results do (claim, stance, text trimmed to 300), so the panel needs no
 * handle on the page's marks.
 */
export const revealPassageSchema = z.strictObject({
  type: z.literal('reveal-passage'),
  id: idSchema,
  stance: stanceSchema,
  text: z.string().check(z.maxLength(300)),
});
export type RevealPassage = z.infer<typeof revealPassageSchema>;

/** The content script's answer to reveal-passage: false when the passage is no longer on the page. */
export const revealReplySchema = z.strictObject({ found: z.boolean() });

/** Content script (the card's "More about this claim") -> background: open this claim's database entry. */
export const openDatabaseSchema = z.strictObject({ type: z.literal('open-database'), id: idSchema });
export type OpenDatabase = z.infer<typeof openDatabaseSchema>;

/** Every message the background accepts; anything else is ignored. */
export const messageSchema = z.discriminatedUnion('type', [scanResultsSchema, getTabResultsSchema, openDatabaseSchema, loadCheckerSchema]);
export type Message = z.infer<typeof messageSchema>;

/** What the background keeps per tab in storage.session under `tab:<tabId>`. */
export const tabResultsSchema = z.strictObject({ url: z.string(), claims: z.array(pageClaimSchema) });
export type TabResults = z.infer<typeof tabResultsSchema>;

/** storage.session key of one tab's results. */
export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Badge text: distinct claim ids the page asserts (see assertedOnPage), empty for none. External tooling reads this meaning. */
export function badgeText(claims: readonly PageClaim[]): string {
  const ids = assertedOnPage(claims);
  return ids.size ? String(ids.size) : '';
}

/** Verdicts that make a page's claims worth a second look; supported and mixed ones do not. */
const DOUBTFUL: ReadonlySet<PageClaim['verdict']> = new Set(['overstated', 'unsupported', 'contradicted']);

/**
 * Whether any claim the page asserts is doubtful: the badge keeps its number, and its colour says
 * this, so a careful article full of well-supported claims does not look like a page of myths.
 */
export function badgeDoubtful(claims: readonly PageClaim[]): boolean {
  const ids = assertedOnPage(claims);
  return claims.some((c) => ids.has(c.id) && DOUBTFUL.has(c.verdict));
}
