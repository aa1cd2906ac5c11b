/**
 * Does to a page what a reader does between two stages of a golden page (its expected.json
 * steps), for any driver behind the browser seam (a Chromium-only test wraps its Playwright page
 * with chromium-seam.ts's seamPage).
 */
import { pollFor, type E2EPage } from './browser-seam';
import type { Step } from './expected';
import { clickByRole } from './seam-click';

const postsInPage = (): number => document.querySelectorAll('[role=article]').length;

/**
 * Resolves after the page has drawn twice (1 s at most), so its IntersectionObservers have seen the
 * posts that arrived: scrolled again before that, a feed still finds its sentinel in view, sees no
 * change and loads nothing, where a reader's eye would have rested a moment. Run in the page.
 */
const twoFramesInPage = (): Promise<void> =>
  new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => done()));
    setTimeout(done, 1000);
  });

/**
 * "scroll-to-bottom" waits for more posts to arrive (5 s at most) and throws when none come; a
 * spec whose page may already hold them checks the page's state first (specs/social-feed.spec.ts).
 */
export async function act(page: E2EPage, step: Pick<Step, 'action' | 'target'>): Promise<void> {
  switch (step.action) {
    case 'expand-more':
      await clickByRole(page, 'button', 'more');
      return;
    case 'scroll-to-bottom': {
      const before = await page.evaluate(postsInPage, undefined);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
      const after = await pollFor(() => page.evaluate(postsInPage, undefined), (n) => n > before, 5000, 50);
      if (after <= before) throw new Error(`no post arrived after scrolling to the bottom (${before} posts)`);
      await page.evaluate(twoFramesInPage, undefined);
      return;
    }
    case 'click':
      await clickByRole(page, step.target!.role, step.target!.name);
      return;
    case 'back':
      await page.back();
      return;
  }
}
