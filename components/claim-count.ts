/**
 * The live-region sentence for `count` distinct asserted claims; empty when there are none. The
 * marks themselves are invisible to screen readers, so it points to the side panel, whose list is
 * their way to every claim ("3 claims on this page: open the GutCheck panel to list them"). Plain
 * TS (no JSX) so the content script can use it before React loads.
 */
export function claimCountText(count: number): string {
  if (count === 0) return '';
  return `${count === 1 ? '1 claim' : `${count} claims`} on this page: open the GutCheck panel to list ${count === 1 ? 'it' : 'them'}`;
}
