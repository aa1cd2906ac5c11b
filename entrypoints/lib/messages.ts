import { z } from 'zod';
import { verdictSchema } from '@/claims/schema';
import { assertedOnPage } from '@/claims/engine/page-stance';

/** One claim found on a page, as the background and the side panel see it. */
export const pageClaimSchema = z
  .object({
    id: z.string().min(1),
    stance: z.enum(['asserts', 'refutes', 'mentions']),
    verdict: verdictSchema,
    /** The passage as the page words it, trimmed to 300 characters. */
    text: z.string().max(300),
  })
  .strict();
export type PageClaim = z.infer<typeof pageClaimSchema>;

/** Content script -> background: the full current list for this page (a snapshot, not a delta). */
export const scanResultsSchema = z
  .object({ type: z.literal('scan-results'), url: z.string(), claims: z.array(pageClaimSchema).max(2000) })
  .strict();
export type ScanResults = z.infer<typeof scanResultsSchema>;

/** Side panel (next issue) -> background: what did the content script find in this tab? */
export const getTabResultsSchema = z
  .object({ type: z.literal('get-tab-results'), tabId: z.number().int().nonnegative() })
  .strict();

/** Popup -> content script of the active tab: which page is this, and what did you find? */
export const getPageInfoSchema = z.object({ type: z.literal('get-page-info') }).strict();

/** The content script's answer to get-page-info. */
export const pageInfoSchema = z
  .object({ url: z.string(), asserted: z.number().int().nonnegative(), mode: z.enum(['marks', 'badge', 'off']) })
  .strict();
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** Every message the background accepts; anything else is ignored. */
export const messageSchema = z.discriminatedUnion('type', [scanResultsSchema, getTabResultsSchema]);
export type Message = z.infer<typeof messageSchema>;

/** What the background keeps per tab in storage.session under `tab:<tabId>`. */
export const tabResultsSchema = z.object({ url: z.string(), claims: z.array(pageClaimSchema) }).strict();
export type TabResults = z.infer<typeof tabResultsSchema>;

/** storage.session key of one tab's results. */
export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Badge text: distinct claim ids the page asserts (see assertedOnPage), empty for none. External tooling reads this meaning. */
export function badgeText(claims: readonly PageClaim[]): string {
  const ids = assertedOnPage(claims);
  return ids.size ? String(ids.size) : '';
}
