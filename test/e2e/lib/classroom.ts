/** What the Chromium classroom tests share: reading the presenter, naming claims by their statement. */
import type { Page } from 'playwright-core';
import { loadDatabase } from '../../../claims/cli/load-database';
import type { Claim } from '../../../claims/schema';

const byStatement = new Map(loadDatabase().map((c) => [c.claim, c]));

/** The database entry whose statement a page shows (the answer's "The claim: ..." or a report's heading). */
export function claimByStatement(statement: string): Claim | undefined {
  return byStatement.get(statement.replace(/^The claim:\s*/, '').trim());
}

/** The presenter's "Claim n of N". */
export const presenterCount = (page: Page): Promise<string> => page.getByTestId('presenter-count').innerText();

/** N of "Claim n of N". */
export const totalOf = (count: string): number => Number(/of (\d+)$/.exec(count)?.[1]);

/** Horizontal overflow of the page: above 0 means sideways scrolling. */
export const overflowX = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
