import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  effectiveMode,
  migrateSettings,
  SETTINGS_KEY,
  settingsSchema,
  withSiteMode,
} from '@/entrypoints/lib/settings';
import { loadSettings, readSettings, saveSettings, watchSettings } from '@/entrypoints/lib/settings-store';

describe('settings schema and migration', () => {
  it('keeps a valid v1 value as it is', () => {
    const v1 = { version: 1, mode: 'badge', sites: { 'example.org': 'off' } };
    expect(migrateSettings(v1)).toEqual(v1);
  });

  it('gives the defaults for nothing stored or garbage', () => {
    for (const raw of [undefined, null, 42, 'marks', []]) expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the unversioned shape of early builds, keeping paused sites', () => {
    expect(migrateSettings({ enabled: false, paused: ['Shop.Example.com', ''] })).toEqual({
      version: 1,
      mode: 'off',
      sites: { 'shop.example.com': 'off' },
    });
    expect(migrateSettings({ enabled: true })).toEqual({ version: 1, mode: 'marks', sites: {} });
  });

  it('repairs a damaged v1 value field by field instead of dropping the good parts', () => {
    const damaged = { version: 1, mode: 'loud', sites: { 'a.example': 'badge', 'b.example': 'sometimes' }, extra: 1 };
    expect(migrateSettings(damaged)).toEqual({ version: 1, mode: 'marks', sites: { 'a.example': 'badge' } });
  });

  it('lets a site entry beat the global mode', () => {
    const s = withSiteMode(DEFAULT_SETTINGS, 'News.Example', 'off');
    expect(effectiveMode(s, 'news.example')).toBe('off');
    expect(effectiveMode(s, 'other.example')).toBe('marks');
    expect(effectiveMode(withSiteMode(s, 'news.example', null), 'news.example')).toBe('marks');
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local under "gutcheck:settings"', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next = { version: 1 as const, mode: 'badge' as const, sites: { 'x.example': 'off' as const } };
    await saveSettings(next);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(next);
    expect(await loadSettings()).toEqual(next);
  });

  it('refuses to store an invalid value', async () => {
    await expect(saveSettings({ version: 1, mode: 'nope', sites: {} } as never)).rejects.toThrow();
  });

  it('migrates an old stored value on read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    expect((await loadSettings()).mode).toBe('off');
  });

  it('tells watchers about changes, migrated, until unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'off', sites: {} } });
    expect(seen).toHaveBeenLastCalledWith({ version: 1, mode: 'off', sites: {} });
    stop();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'badge', sites: {} } });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('reports no problem for nothing stored, a current value or one from the early builds', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false, paused: ['a.example'] } });
    expect((await readSettings()).problem).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'badge', sites: {} } });
    expect((await readSettings()).problem).toBeNull();
  });

  it('keeps the readable parts of a corrupted value and says it was repaired', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'loud', sites: { 'a.example': 'off', 'b.example': 7 } } });
    expect(await readSettings()).toEqual({ settings: { version: 1, mode: 'marks', sites: { 'a.example': 'off' } }, problem: 'repaired' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: '{"version":1' });
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: 'repaired' });
  });

  it('gives the defaults, and says so, when the storage call itself throws', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: profile locked'));
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: 'unreadable' });
    expect(get).toHaveBeenCalled();
    get.mockRejectedValueOnce(new Error('IO error'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects a write the storage refuses (a full quota), so the caller can say so', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ version: 1, mode: 'off', sites: {} })).rejects.toThrow(/QUOTA/);
  });
});
