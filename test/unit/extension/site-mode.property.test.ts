/**
 * The watch script reads the mode on its site without zod (entrypoints/lib/site-mode.ts); the
 * rest of the extension reads the whole settings through the zod chain. Both must give the same
 * mode for whatever is stored: current, older or damaged shapes, and odd host names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveMode } from '@/entrypoints/lib/settings';
import { migrateSettings } from '@/entrypoints/lib/settings-migrations';
import { storedModeOn } from '@/entrypoints/lib/site-mode';

const HOSTS = ['example.org', 'Example.ORG', ' example.org ', 'a.example', 'www.a.example', 'constructor', 'toString', '__proto__', ' ', ''];
const hostArb = fc.oneof(fc.constantFrom(...HOSTS), fc.string({ maxLength: 6 }));
const modeArb = fc.oneof(fc.constantFrom('marks', 'badge', 'off'), fc.constantFrom('loud', 'Off', 7, null, undefined));
const sitesArb = fc.oneof(fc.dictionary(hostArb, modeArb, { maxKeys: 4 }), fc.anything());
const pick = <T>(valid: readonly T[]) => fc.oneof(fc.constantFrom(...valid), fc.anything());

const legacyArb = fc.record(
  { enabled: fc.oneof(fc.boolean(), fc.anything()), paused: fc.oneof(fc.array(hostArb, { maxLength: 4 }), fc.anything()), mode: modeArb, sites: sitesArb, extra: fc.anything() },
  { requiredKeys: [] },
);
const versionedArb = fc.record(
  {
    version: fc.constantFrom(1, 2, 3, '2', undefined),
    mode: modeArb,
    sites: sitesArb,
    unmarked: fc.oneof(fc.array(fc.constantFrom('supported', 'unsupported', 'mixed', 'nope'), { maxLength: 3 }), fc.anything()),
    highlight: pick(['tint', 'underline']),
    cardText: pick(['normal', 'large']),
    motion: pick(['system', 'reduce']),
    extra: fc.anything(),
  },
  { requiredKeys: ['version', 'mode', 'sites'] },
);

describe('the watch script reads the same mode as the rest of the extension', () => {
  it('for any stored value and host name', () => {
    fc.assert(
      fc.property(fc.oneof(legacyArb, versionedArb, fc.anything()), hostArb, (raw, host) => {
        expect(storedModeOn(raw, host)).toBe(effectiveMode(migrateSettings(raw), host));
      }),
      // A fixed seed: 20261206the same values every run (the examples below hold the cases once found).
      { numRuns: 3000, seed: 20261206 },
    );
  });

  it('in the cases that matter most (examples)', () => {
    const v2 = { version: 2, mode: 'badge', sites: { 'news.example': 'off' }, unmarked: [], highlight: 'tint', cardText: 'normal', motion: 'system' };
    expect(storedModeOn(v2, 'News.Example')).toBe('off');
    expect(storedModeOn(v2, 'shop.example')).toBe('badge');
    expect(storedModeOn({ enabled: false }, 'shop.example')).toBe('off');
    expect(storedModeOn({ paused: ['Shop.Example'] }, 'shop.example')).toBe('off');
    expect(storedModeOn(undefined, 'shop.example')).toBe('marks');
    // A damaged value keeps what still reads: its mode and its good site entries.
    expect(storedModeOn({ version: 2, mode: 'off', sites: { 'a.example': 'badge', 'b.example': 7 }, highlight: 'neon' }, 'a.example')).toBe('badge');
    expect(storedModeOn({ version: 2, mode: 'off', sites: { 'a.example': 'badge', 'b.example': 7 }, highlight: 'neon' }, 'b.example')).toBe('off');
    // Names an object treats specially: no inherited entry, no lost one.
    expect(storedModeOn({ paused: ['__proto__'] }, '__proto__')).toBe(effectiveMode(migrateSettings({ paused: ['__proto__'] }), '__proto__'));
    expect(storedModeOn({ ...v2, mode: 'badge' }, 'constructor')).toBe('badge');
    expect(effectiveMode(migrateSettings({ ...v2, mode: 'badge' }), 'constructor')).toBe('badge');
  });
});
