import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '@/entrypoints/lib/settings';
import { isDamaged, migrateSettings, v1ToV2 } from '@/entrypoints/lib/settings-migrations';
import { legacyToV1 } from '@/entrypoints/lib/site-mode';

/** Each migration step with an example of the shape it starts from, and the whole chain. */
describe('settings migrations', () => {
  const v2 = { version: 2, mode: 'badge', sites: { 'example.org': 'off' }, unmarked: ['supported'], highlight: 'underline', cardText: 'large', motion: 'reduce' };

  it('keeps a valid current (v2) value as it is', () => {
    expect(migrateSettings(v2)).toEqual(v2);
    expect(isDamaged(v2)).toBe(false);
  });

  it('0 -> 1: the early builds\' {enabled, paused} keeps its paused sites and its off switch', () => {
    expect(legacyToV1({ enabled: false, paused: ['Shop.Example.com', ' '] })).toEqual({ version: 1, mode: 'off', sites: { 'shop.example.com': 'off' } });
    expect(legacyToV1({ enabled: true })).toEqual({ version: 1, mode: 'marks', sites: {} });
  });

  it('1 -> 2: modes and sites are kept; every verdict marked, the look as it was', () => {
    expect(v1ToV2({ version: 1, mode: 'badge', sites: { 'a.example': 'off' } })).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'badge',
      sites: { 'a.example': 'off' },
    });
  });

  it('legacy -> v2 in one read, and it is not called damage', () => {
    const legacy = { enabled: false, paused: ['news.example'] };
    const got = migrateSettings(legacy);
    expect(got).toEqual({ ...DEFAULT_SETTINGS, mode: 'off', sites: { 'news.example': 'off' } });
    expect(settingsSchema.safeParse(got).success).toBe(true);
    expect(isDamaged(legacy)).toBe(false);
  });

  it('v1 -> v2 in one read, and it is not called damage', () => {
    const v1 = { version: 1, mode: 'off', sites: { 'x.example': 'badge', 'y.example': 'marks' } };
    expect(migrateSettings(v1)).toEqual({ ...DEFAULT_SETTINGS, mode: 'off', sites: { 'x.example': 'badge', 'y.example': 'marks' } });
    expect(isDamaged(v1)).toBe(false);
  });

  it('a damaged v1 keeps its readable parts and gets the v2 defaults', () => {
    const damaged = { version: 1, mode: 'loud', sites: { 'a.example': 'badge', 'b.example': 'sometimes', '': 'off' }, extra: 1 };
    expect(migrateSettings(damaged)).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.example': 'badge' } });
    expect(isDamaged(damaged)).toBe(true);
  });

  it('a damaged v2 keeps every field that still parses', () => {
    const damaged = { ...v2, mode: 7, unmarked: ['supported', 'nonsense', 'mixed', 'supported'], cardText: 'huge', sites: { 'Ok.Example': 'off', 'bad.example': null } };
    expect(migrateSettings(damaged)).toEqual({
      version: 2,
      mode: 'marks',
      sites: { 'ok.example': 'off' },
      unmarked: ['supported', 'mixed'],
      highlight: 'underline',
      cardText: 'normal',
      motion: 'reduce',
    });
    expect(isDamaged(damaged)).toBe(true);
  });

  it('a value from a newer build (a version it does not know) keeps the fields it understands', () => {
    const newer = { ...v2, version: 3, sparkle: true };
    expect(migrateSettings(newer)).toEqual(v2);
    expect(isDamaged(newer)).toBe(true);
  });

  it('gives the defaults for nothing stored or garbage; only stored garbage is damage', () => {
    for (const raw of [undefined, null, 42, 'marks', [], '{"version":1']) expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(isDamaged(undefined)).toBe(false);
    expect(isDamaged(null)).toBe(false);
    for (const raw of [42, 'marks', [], {}]) expect(isDamaged(raw)).toBe(true);
  });

  it('never hands back the shared defaults object (a caller may change what it gets)', () => {
    expect(migrateSettings(42)).not.toBe(DEFAULT_SETTINGS);
  });
});
