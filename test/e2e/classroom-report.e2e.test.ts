/**
 * Classroom mode in real Chromium, part 2: the report downloads from the presenter, caught as
 * downloads, saved under their own names and opened as a person would (the HTML from disk, with
 * its Print button and print stylesheet); the Markdown and JSON-LD read back and checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimReviewJson } from '../../claims/claimreview';
import { OUT_DIR, shoot, startSession, type Session } from './harness';
import { claimByStatement, presenterCount, totalOf } from './lib/classroom';
import { blockingOn } from './lib/axe';
import { expectNoTrafficBeyondLoopback } from './lib/checks';

let session: Session;
let p: Page;
let total = 0;
beforeAll(async () => {
  session = await startSession();
  p = await session.ctx.newPage();
  await p.goto(`chrome-extension://${session.extId}/presenter.html`);
  total = totalOf(await presenterCount(p));
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

/** Clicks an export button and saves the download under the name the browser suggests. */
async function save(testId: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId(testId).click()]);
  const name = download.suggestedFilename();
  const path = join(OUT_DIR, 'downloads', name);
  await download.saveAs(path); // a report opened from disk needs its .html
  return { name, path };
}

describe('report export', () => {
  it('saves a printable HTML report that opens, prints and passes axe', async () => {
    const { name, path } = await save('export-html');
    expect(name).toMatch(/^gutcheck-report-gutcheck-demo-page-\d{4}-\d{2}-\d{2}\.html$/);
    const report = await session.ctx.newPage();
    const errors: string[] = [];
    report.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await report.goto(pathToFileURL(path).href);
    expect(await report.locator('h1').innerText()).toBe('GutCheck report: GutCheck demo page');
    expect(await report.locator('article').count()).toBe(total);
    expect(await report.locator('body').innerText()).toMatch(/Checked on \d{1,2} \w+ \d{4}\./);
    const headings = await report.locator('article h3').allInnerTexts();
    for (const h of headings) expect(claimByStatement(h.replace(/^\d+\.\s*/, '')), h).toBeDefined();
    const broth = report.locator('article', { hasText: 'Bone broth heals or seals the gut lining.' }).first();
    expect(await broth.locator('blockquote').innerText()).toContain('Bone broth every morning has sealed my leaky gut');
    expect(await broth.innerText()).toContain('Not supported');
    expect(await broth.innerText()).toContain('Very low');
    expect(await broth.locator('.sources a').count()).toBeGreaterThanOrEqual(2);
    expect(await blockingOn(report)).toEqual([]);
    await shoot(report, 'classroom-report.png');
    // The Print button runs (the report's CSP allows exactly its handler) and is not on paper.
    await report.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await report.getByRole('button', { name: 'Print this report' }).click();
    expect(await report.locator('body').getAttribute('data-printed')).toBe('yes');
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByRole('button', { name: 'Print this report' }).isVisible()).toBe(false);
    await shoot(report, 'classroom-report-print.png');
    expect(errors, 'no CSP violation or error in the report').toEqual([]);
    await report.close();
  });

  it('saves Markdown with every finding', async () => {
    const { name, path } = await save('export-md');
    expect(name).toMatch(/\.md$/);
    const md = readFileSync(path, 'utf8');
    expect(md.startsWith('# GutCheck report: GutCheck demo page\n')).toBe(true);
    expect(md.match(/^### \d+\. /gm)).toHaveLength(total);
    expect(md).toContain('- Verdict: **Not supported**.');
    expect(md).toMatch(/^> .*Bone broth every morning has sealed my leaky gut/m);
  });

  it('saves ClaimReview JSON-LD that parses, one review per finding', async () => {
    const { name, path } = await save('export-jsonld');
    expect(name).toMatch(/\.jsonld$/);
    const reviews = JSON.parse(readFileSync(path, 'utf8')) as ClaimReviewJson[];
    expect(reviews).toHaveLength(total);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 });
      expect(claimByStatement(r.itemReviewed.name)?.id).toBe(r.itemReviewed.identifier);
      expect(r.itemReviewed.appearance?.[0]).toMatchObject({ '@type': 'Quotation', isPartOf: { '@type': 'WebPage', name: 'GutCheck demo page' } });
      expect(r.citation.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('fetched nothing and logged no errors', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectNoTrafficBeyondLoopback(session);
  });
});
