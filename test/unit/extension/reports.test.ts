import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTE_MAX } from '@/components/report-note';
import {
  clearReports,
  deleteReport,
  loadReports,
  makeReport,
  MAX_REPORTS,
  parseReports,
  REPORTS_KEY,
  saveReport,
  watchReports,
  type ReportInput,
} from '@/entrypoints/lib/reports';

const input = (patch: Partial<ReportInput> = {}): ReportInput => ({
  url: 'https://shop.example/p',
  passage: 'bone broth seals the gut',
  claimId: 'bone-broth-heals-gut',
  verdict: 'unsupported',
  ...patch,
});
const stored = async () => parseReports((await fakeBrowser.storage.local.get(REPORTS_KEY))[REPORTS_KEY]);

describe('wrong-match reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records url, passage, claim id, its verdict, the note and date', () => {
    const r = makeReport(input({ note: '  It is a recipe, not a claim. ' }), new Date('2026-11-22T10:00:00Z'));
    expect(r).toEqual({
      url: 'https://shop.example/p',
      passage: 'bone broth seals the gut',
      claimId: 'bone-broth-heals-gut',
      verdict: 'unsupported',
      note: 'It is a recipe, not a claim.',
      date: '2026-11-22T10:00:00.000Z',
    });
  });

  it('leaves a blank note out, and trims overlong passages and notes to the schema limits', () => {
    expect(makeReport(input({ note: '   ' }))).not.toHaveProperty('note');
    const long = makeReport(input({ passage: 'x'.repeat(5000), note: 'n'.repeat(2000) }));
    expect(long.passage).toHaveLength(1000);
    expect(long.note).toHaveLength(NOTE_MAX);
  });

  it('still reads reports saved before the verdict and note were recorded', () => {
    const old = { url: 'https://a.example/', passage: 'p', claimId: 'a', date: '2026-11-22T10:00:00.000Z' };
    expect(parseReports([old])).toEqual([old]);
  });

  it('appends to storage.local "gutcheck:reports" and skips entries that no longer parse', async () => {
    await fakeBrowser.storage.local.set({ [REPORTS_KEY]: [{ junk: true }] });
    await saveReport(makeReport(input({ passage: 'one' })));
    await saveReport(makeReport(input({ passage: 'two' })));
    expect((await stored()).map((r) => r.passage)).toEqual(['one', 'two']);
  });

  it(`keeps at most ${MAX_REPORTS}, dropping the oldest`, async () => {
    const many = Array.from({ length: MAX_REPORTS }, (_, i) => makeReport(input({ passage: `p${i}` })));
    await fakeBrowser.storage.local.set({ [REPORTS_KEY]: many });
    await saveReport(makeReport(input({ passage: 'newest' })));
    const all = await stored();
    expect(all).toHaveLength(MAX_REPORTS);
    expect(all[0]!.passage).toBe('p1');
    expect(all.at(-1)!.passage).toBe('newest');
  });

  it('deletes one report and keeps the others; deleting one that is gone changes nothing', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((p, i) => makeReport(input({ passage: p }), new Date(Date.UTC(2026, 10, 22, 10, i))));
    for (const r of [a!, b!, c!]) await saveReport(r);
    await deleteReport(b!);
    expect(await loadReports()).toEqual([a, c]);
    await deleteReport(b!);
    expect(await loadReports()).toEqual([a, c]);
  });

  it('deletes all: nothing is left in storage', async () => {
    await saveReport(makeReport(input()));
    await clearReports();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await loadReports()).toEqual([]);
  });

  it('tells a watcher when reports change', async () => {
    const seen = vi.fn();
    const stop = watchReports(seen);
    const r = makeReport(input());
    await saveReport(r);
    expect(seen).toHaveBeenLastCalledWith([r]);
    await clearReports();
    expect(seen).toHaveBeenLastCalledWith([]);
    stop();
  });
});
