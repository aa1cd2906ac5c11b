import { z } from 'zod/mini';
import type { Mode } from './settings';

// The messages the watch script (entrypoints/watch.content, injected into every page) sends or
// answers. Kept apart from messages.ts so that script bundles zod/mini and nothing else.

/** Popup and side panel -> the watch script of a tab (entrypoints/watch.content): which page is this? */
export const getPageInfoSchema = z.strictObject({ type: z.literal('get-page-info') });

/**
 * The watch script's answer to get-page-info. What the checker found is read from the
 * background's results for the tab instead (get-tab-results), the one source of the badge, popup
 * and panel; the mode comes from the settings (see page-watch.ts).
 */
export const pageUrlSchema = z.strictObject({ url: z.string() });
export type PageUrl = z.infer<typeof pageUrlSchema>;

/** What the popup and the side panel know of a tab's page: its URL and GutCheck's mode there. */
export interface PageInfo extends PageUrl {
  mode: Mode;
}

/** Watch script -> background: this page mentions gut health; load the checker into the sending frame. */
export const loadCheckerSchema = z.strictObject({ type: z.literal('load-checker') });
