import { browser } from 'wxt/browser';
import { getClaim, getMatcher } from '@/claims/bundle';
import type { FoundPassage } from '@/components/sidepanel/claim-groups';
import { revealPassageSchema, revealReplySchema } from '../lib/messages';

/**
 * Asks the tab's content script to scroll to a passage and flash it (see
 * entrypoints/scan.content/reveal.ts). False when the passage has gone or nothing answers.
 */
export async function revealPassage(tabId: number, passage: FoundPassage): Promise<boolean> {
  const message = revealPassageSchema.parse({ type: 'reveal-passage', id: passage.id, stance: passage.stance, text: passage.text });
  try {
    const reply = revealReplySchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return reply.success && reply.data.found;
  } catch {
    return false; // no content script there (any more)
  }
}

/**
 * Checks pasted text with the bundled engine, here in the panel page: the text never leaves it.
 * Reads it whole, as the command reads a file, so the text's own disputes decide each stance.
 * Waits one task first, so "Checking…" is drawn before the matcher is built on first use.
 */
export async function checkText(text: string): Promise<FoundPassage[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return getMatcher()
    .scan(text)
    .flatMap((hit) => {
      const claim = getClaim(hit.id);
      return claim ? [{ id: hit.id, stance: hit.stance, verdict: claim.verdict, text: text.slice(hit.start, hit.end) }] : [];
    });
}
