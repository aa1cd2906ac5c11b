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
import { loadSettings, saveSettings, watchSettings } from '@/entrypoints/lib/settings-store';

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
});
