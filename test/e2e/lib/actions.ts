/**
 * Does to a Playwright page what a reader does between two stages of a golden page (its
 * expected.json steps); the specs behind the browser seam use seam-actions.ts.
 */
import type { Page } from 'playwright-core';
import type { Step } from './expected';

export async function act(page: Page, step: Pick<Step, 'action' | 'target'>): Promise<void> {
  switch (step.action) {
    case 'expand-more':
      await page.getByRole('button', { name: 'more', exact: true }).click();
      return;
    case 'scroll-to-bottom': {
      const before = await page.locator('[role=article]').count();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction((n) => document.querySelectorAll('[role=article]').length > n, before, { timeout: 5000 });
      return;
    }
    case 'click':
      await page.getByRole(step.target!.role, { name: step.target!.name, exact: true }).click();
      return;
    case 'back':
      // Same-document entries (pushState, Navigation API) commit without a load event.
      await page.goBack({ waitUntil: 'commit' });
      return;
  }
}
