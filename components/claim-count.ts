/**
 * The live-region sentence for `count` distinct asserted claims ("3 claims on this page"); empty
 * when there are none. Plain TS (no JSX) so the content script can use it before React loads.
 */
export function claimCountText(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 claim on this page' : `${count} claims on this page`;
}
