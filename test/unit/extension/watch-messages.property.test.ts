/**
 * The watch script checks the two messages it receives without zod (entrypoints/lib/watch-messages.ts);
 * each check must accept exactly what its schema in page-info.ts accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPageInfoSchema, loadCheckerReplySchema } from '@/entrypoints/lib/page-info';
import { isGetPageInfo, isLoadCheckerReply } from '@/entrypoints/lib/watch-messages';

const near = (key: string, values: readonly unknown[]) =>
  fc.oneof(
    fc.anything(),
    fc.record({ [key]: fc.oneof(fc.constantFrom(...values), fc.anything()) }),
    fc.record({ [key]: fc.constantFrom(...values), extra: fc.anything() }, { requiredKeys: [key] }),
    fc.constantFrom(...values).map((v) => [v]),
  );

describe('the watch script\'s message checks agree with the schemas', () => {
  it('get-page-info', () => {
    fc.assert(
      fc.property(near('type', ['get-page-info', 'get-tab-results', 'GET-PAGE-INFO']), (raw) => {
        expect(isGetPageInfo(raw)).toBe(getPageInfoSchema.safeParse(raw).success);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
    expect(isGetPageInfo({ type: 'get-page-info' })).toBe(true);
    expect(isGetPageInfo({ type: 'get-page-info', more: 1 })).toBe(false);
  });

  it('the load-checker reply', () => {
    fc.assert(
      fc.property(near('ok', [true, false, 'true', 1]), (raw) => {
        expect(isLoadCheckerReply(raw)).toBe(loadCheckerReplySchema.safeParse(raw).success);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
    expect(isLoadCheckerReply({ ok: true })).toBe(true);
    expect(isLoadCheckerReply({ ok: 'yes' })).toBe(false);
  });
});
