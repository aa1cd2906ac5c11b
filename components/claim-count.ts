import { i18n } from '#i18n';

/**
 * The live-region sentence for `count` distinct asserted claims; empty when there are none. The
 * marks themselves are invisible to screen readers, so it points to the side panel, whose list is
 * their way to every claim ("3 claims on this page: open the GutCheck panel to list them"). Plain
 * TS (no JSX) so the content script can use it before React loads.
 */
export function claimCountText(count: number): string {
  return count === 0 ? '' : i18n.t('live.count', count);
}
