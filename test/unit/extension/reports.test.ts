import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeReport, MAX_REPORTS, parseReports, REPORTS_KEY, saveReport } from '@/entrypoints/lib/reports';

describe('wrong-match reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records url, passage, claim id and date', () => {
    const r = makeReport('https://shop.example/p', 'bone broth seals the gut', 'bone-broth-heals-gut', new Date('2026-11-22T10:00:00Z'));
    expect(r).toEqual({
      url: 'https://shop.example/p',
      passage: 'bone broth seals the gut',
      claimId: 'bone-broth-heals-gut',
      date: '2026-11-22T10:00:00.000Z',
    });
  });

  it('trims overlong passages to the schema limit', () => {
    expect(makeReport('https://a.example/', 'x'.repeat(5000), 'id').passage).toHaveLength(1000);
  });

  it('appends to storage.local "gutcheck:reports" and skips entries that no longer parse', async () => {
    await fakeBrowser.storage.local.set({ [REPORTS_KEY]: [{ junk: true }] });
    await saveReport(makeReport('https://a.example/', 'one', 'a'));
    await saveReport(makeReport('https://a.example/', 'two', 'b'));
    const stored = parseReports((await fakeBrowser.storage.local.get(REPORTS_KEY))[REPORTS_KEY]);
    expect(stored.map((r) => r.passage)).toEqual(['one', 'two']);
  });

  it(`keeps at most ${MAX_REPORTS}, dropping the oldest`, async () => {
    const many = Array.from({ length: MAX_REPORTS }, (_, i) => makeReport('https://a.example/', `p${i}`, 'a'));
    await fakeBrowser.storage.local.set({ [REPORTS_KEY]: many });
    await saveReport(makeReport('https://a.example/', 'newest', 'a'));
    const stored = parseReports((await fakeBrowser.storage.local.get(REPORTS_KEY))[REPORTS_KEY]);
    expect(stored).toHaveLength(MAX_REPORTS);
    expect(stored[0]!.passage).toBe('p1');
    expect(stored.at(-1)!.passage).toBe('newest');
  });
});
