import { CONTEXT_WORDS, VERDICT_WORDS } from '@/claims/words';
import type { GroupKey } from './claim-groups';

/**
 * Every sentence the side panel shows, in one place, so translating it later means translating
 * this file. Verdict and stance labels come from claims/words.ts, shared with the card, the
 * popup and the command.
 */
export const STRINGS = {
  title: 'GutCheck',
  tabsLabel: 'What to check',
  pageTab: 'This page',
  textTab: 'Check text',
  searchLabel: 'Find in the list',
  searchHint: 'Words from a claim or a passage.',
  verdictLabel: 'Verdict',
  anyVerdict: 'Any verdict',
  showOnPage: 'Show on page',
  details: 'Evidence, advice and sources',
  advice: 'What you can do: ',
  sources: 'Sources',
  more: 'More about this claim',
  newTab: '(opens in a new tab)',
  noMatch: 'No claims match. Try other words or any verdict.',
  notOnPage: 'That passage is no longer on the page.',
  noPage: 'GutCheck does not run on this page (browser pages and extension stores are not read).',
  paused: 'GutCheck is paused on this site. Turn it on from the GutCheck toolbar button.',
  loading: 'Reading the page…',
  noClaims: 'No leaky-gut claims found on this page so far. The list updates as the page changes.',
  textLabel: 'Text to check',
  textHint: 'Paste a video transcript, the words in an image, or a message. It is checked on this device and not kept.',
  check: 'Check',
  checking: 'Checking…',
  textResults: 'Claims in the text',
  textNone: 'No leaky-gut claims found in this text.',
  note: 'This is general information, not medical advice.',
} as const;

/** Group headings: the verdict in words, and the quiet group named as the page legend names it. */
export const GROUP_TITLES: Readonly<Record<GroupKey, string>> = {
  ...VERDICT_WORDS,
  context: CONTEXT_WORDS,
};

const claims = (n: number) => (n === 1 ? '1 claim' : `${n} claims`);

/** "3 claims on 127.0.0.1" (the page's count, read out as the feed grows). */
export function pageCountText(count: number, host: string): string {
  return `${claims(count)} on ${host || 'this page'}`;
}

/** "Showing 2 of 5" when the list is narrowed; empty when everything is shown. */
export function shownText(shown: number, total: number): string {
  return shown === total ? '' : `Showing ${shown} of ${total}`;
}

/** "2 claims" beside a group heading. */
export function groupCountText(count: number): string {
  return claims(count);
}

/** What the text check found: "2 claims found in the text". */
export function textCountText(count: number): string {
  return count ? `${claims(count)} found in the text` : STRINGS.textNone;
}
