import * as z from 'zod/mini';
import type { Mode } from './settings';

// The messages the watch script (entrypoints/watch.content, injected into every page) sends or
// answers. Kept apart from messages.ts so that script bundles no claim schema.

/** Popup and side panel -> the watch script of a tab (entrypoints/watch.content): which page is this? */
export const getPageInfoSchema = z.strictObject({ type: z.literal('get-page-info') });

/**
 * Where the watch script stands on this page: reading the settings, not reading the page (GutCheck
 * is off here), watching for the topic (no gut-health word yet), or the checker asked for and
 * loaded. Tests wait for it before asserting that nothing happened.
 */
export const WATCH_STATES = ['starting', 'off', 'watching', 'loaded'] as const;
export type WatchState = (typeof WATCH_STATES)[number];

/**
 * The watch script's answer to get-page-info. What the checker found is read from the
 * background's results for the tab instead (get-tab-results), the one source of the badge, popup
 * and panel; the mode comes from the settings (see page-watch.ts).
 */
export const pageUrlSchema = z.strictObject({ url: z.string(), watch: z.enum(WATCH_STATES) });
export type PageUrl = z.infer<typeof pageUrlSchema>;

/** What the popup and the side panel know of a tab's page: its URL and GutCheck's mode there. */
export interface PageInfo extends PageUrl {
  mode: Mode;
}

/** Watch script -> background: this page mentions gut health; load the checker into the sending frame. */
export const loadCheckerSchema = z.strictObject({ type: z.literal('load-checker') });
export type LoadChecker = z.infer<typeof loadCheckerSchema>;

/** The background's answer to load-checker: false when there was no tab or the injection failed. */
export const loadCheckerReplySchema = z.strictObject({ ok: z.boolean() });
export type LoadCheckerReply = z.infer<typeof loadCheckerReplySchema>;
