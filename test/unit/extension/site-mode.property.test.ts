/**
 * The watch script reads the mode on its site without zod (entrypoints/lib/site-mode.ts); the
 * rest of the extension reads the whole settings through the zod chain. Both must give the same
 * mode for whatever is stored: current, older or damaged shapes, and odd host names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { VERDICTS } from '@/claims/scales';
import { HIGHLIGHT_STYLES, MODES, MOTIONS } from '@/components/options/choices';
import { TEXT_SIZES } from '@/components/text-size';
import { effectiveMode, settingsSchema } from '@/entrypoints/lib/settings';
import { migrateSettings } from '@/entrypoints/lib/settings-migrations';
import { isLegacySettings, storedModeOn } from '@/entrypoints/lib/site-mode';

const HOSTS = ['example.org', 'Example.ORG', ' example.org ', 'a.example', 'www.a.example', 'constructor', 'toString', '__proto__', ' ', ''];
const hostArb = fc.oneof(fc.constantFrom(...HOSTS), fc.string({ maxLength: 6 }));
const modeArb = fc.oneof(fc.constantFrom('marks', 'badge', 'off'), fc.constantFrom('loud', 'Off', 7, null, undefined));
const sitesArb = fc.oneof(fc.dictionary(hostArb, modeArb, { maxKeys: 4 }), fc.anything());
const pick = <T>(valid: readonly T[]) => fc.oneof(fc.constantFrom(...valid), fc.anything());
/** Odd values too: holes in arrays, objects without a prototype. */
const oddArb = fc.anything({ withSparseArray: true, withNullPrototype: true });

/** Whole, valid stored values of each versioned shape (so zod's own path, not only repair(), is taken)... */
const validSitesArb = fc.dictionary(fc.constantFrom(...HOSTS.filter((h) => h.length > 0)), fc.constantFrom(...MODES), { maxKeys: 4 });
const validV1Arb = fc.record({ version: fc.constant(1), mode: fc.constantFrom(...MODES), sites: validSitesArb });
const validV2Arb = fc.record({
  version: fc.constant(2),
  mode: fc.constantFrom(...MODES),
  sites: validSitesArb,
  unmarked: fc.subarray([...VERDICTS]),
  highlight: fc.constantFrom(...HIGHLIGHT_STYLES),
  cardText: fc.constantFrom(...TEXT_SIZES),
  motion: fc.constantFrom(...MOTIONS),
});
/** ...and the same with one field spoiled or one field added. */
const spoiled = (arb: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(arb, fc.constantFrom('version', 'mode', 'sites', 'unmarked', 'highlight', 'extra'), oddArb).map(([v, key, value]) => ({ ...v, [key]: value }));

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
      fc.property(fc.oneof(legacyArb, versionedArb, validV1Arb, validV2Arb, spoiled(validV1Arb), spoiled(validV2Arb), oddArb), hostArb, (raw, host) => {
        expect(storedModeOn(raw, host)).toBe(effectiveMode(migrateSettings(raw), host));
      }),
      // A fixed seed: the same values every run (the examples below hold the cases once found).
      { numRuns: 3000, seed: 20261206 },
    );
  });

  it('the generated values take every path of the zod chain', () => {
    const sample = fc.sample(fc.oneof(validV1Arb, validV2Arb), { numRuns: 200, seed: 1 });
    expect(sample.filter((v) => v.version === 2 && settingsSchema.safeParse(v).success).length).toBeGreaterThan(50);
    expect(sample.filter((v) => v.version === 1).length).toBeGreaterThan(50);
  });

  it('the early builds’ shape is recognised exactly as the zod schema the migrations used before recognised it', () => {
    const legacySchema = z.object({ enabled: z.optional(z.boolean()), paused: z.optional(z.array(z.string())) });
    const looksLegacy = (raw: object) => !('version' in raw) && ('enabled' in raw || 'paused' in raw);
    fc.assert(
      fc.property(fc.oneof(legacyArb, fc.record({ enabled: oddArb, paused: fc.array(fc.oneof(fc.string(), oddArb)) }, { requiredKeys: [] }), oddArb), (raw) => {
        fc.pre(raw !== null && typeof raw === 'object');
        const obj = raw as object;
        expect(isLegacySettings(obj)).toBe(looksLegacy(obj) && legacySchema.safeParse(obj).success);
      }),
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
    // An array is never settings, whatever properties it carries.
    const array = Object.assign([], { enabled: false });
    expect(isLegacySettings(array)).toBe(false);
    expect(storedModeOn(array, 'shop.example')).toBe(effectiveMode(migrateSettings(array), 'shop.example'));
    // Names an object treats specially: no inherited entry, no lost one.
    expect(storedModeOn({ paused: ['__proto__'] }, '__proto__')).toBe(effectiveMode(migrateSettings({ paused: ['__proto__'] }), '__proto__'));
    expect(storedModeOn({ ...v2, mode: 'badge' }, 'constructor')).toBe('badge');
    expect(effectiveMode(migrateSettings({ ...v2, mode: 'badge' }), 'constructor')).toBe('badge');
  });
});
