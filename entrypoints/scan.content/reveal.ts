import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { revealPassageSchema, type RevealPassage } from '../lib/messages';
import { MAX_PASSAGE } from './mark-store';
import type { Mark } from './anchor';
import { readingOrder } from './claim-order';
import { flashRange } from './flash';
import { revealRange } from './geometry';
import type { PageSession } from './page-session';

/**
 * The mark the side panel means: the first in reading order with the claim, stance and passage of
 * the tab's results (whose text is the passage trimmed as the snapshot trims it). Marks hidden with
 * "Hide on this page" count too: the panel still lists them, and a reader may ask where they were.
 */
export function findPassage(marks: Iterable<Mark>, want: Omit<RevealPassage, 'type'>): Mark | null {
  const same = (m: Mark) => m.hit.id === want.id && m.hit.stance === want.stance && m.passage.slice(0, MAX_PASSAGE) === want.text;
  return readingOrder([...marks].filter(same))[0] ?? null;
}

/**
 * Answers the side panel's "show this passage on the page": scrolls it into view as keyboard
 * stepping does (revealRange: its own scroll containers first, then the page, centred) and
 * flashes it. Replies whether the passage is still there. Bound to ctx.
 */
export function answerPanel(ctx: ContentScriptContext, session: PageSession): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: { found: boolean }) => void) => {
    const parsed = revealPassageSchema.safeParse(raw);
    if (!parsed.success) return false;
    const mark = findPassage(session.store.marks(), parsed.data);
    if (mark) {
      revealRange(mark.range);
      flashRange(mark.range, ctx.signal);
    }
    sendResponse({ found: mark !== null });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
