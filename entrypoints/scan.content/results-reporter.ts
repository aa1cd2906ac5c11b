import { browser } from 'wxt/browser';
import { scanResultsSchema, type PageClaim } from '../lib/messages';

/**
 * Sends the page's claims to the background (badge, side panel) when they changed. The message is
 * validated before it leaves, like every message between extension parts. Within the extension
 * only: nothing is ever sent off the device.
 */
export class ResultsReporter {
  private lastSent: string | null = null;

  send(url: string, claims: PageClaim[]): void {
    const message = scanResultsSchema.parse({ type: 'scan-results', url, claims });
    const key = JSON.stringify(message);
    if (key === this.lastSent) return;
    this.lastSent = key;
    const forget = () => {
      // The extension was reloaded or is shutting down; the next page load reports again.
      this.lastSent = null;
    };
    try {
      browser.runtime.sendMessage(message).catch(forget);
    } catch {
      forget(); // Chrome throws synchronously once the extension context is invalidated
    }
  }

  /** Forget what was sent, so the next page's first report always goes out. */
  reset(): void {
    this.lastSent = null;
  }
}
