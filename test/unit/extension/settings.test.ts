import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  effectiveMode,
  settingsSchema,
  siteFromInput,
  withSiteMode,
  withVerdictMarked,
  type Settings,
} from '@/entrypoints/lib/settings';
import { loadSettings, readSettings, saveSettings, watchSettings } from '@/entrypoints/lib/settings-store';
import { SETTINGS_KEY } from '@/entrypoints/lib/site-mode';

const v2 = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('settings helpers', () => {
  it('lets a site entry beat the global mode', () => {
    const s = withSiteMode(DEFAULT_SETTINGS, 'News.Example', 'off');
    expect(effectiveMode(s, 'news.example')).toBe('off');
    expect(effectiveMode(s, 'other.example')).toBe('marks');
    expect(effectiveMode(withSiteMode(s, 'news.example', null), 'news.example')).toBe('marks');
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('gives a site\'s mode to its www. twin, unless the twin has its own', () => {
    const s = withSiteMode(DEFAULT_SETTINGS, 'example.test', 'off');
    expect(effectiveMode(s, 'www.example.test')).toBe('off');
    expect(effectiveMode(withSiteMode(DEFAULT_SETTINGS, 'www.example.test', 'badge'), 'example.test')).toBe('badge');
    expect(effectiveMode(withSiteMode(s, 'www.example.test', 'marks'), 'www.example.test')).toBe('marks');
    expect(effectiveMode(withSiteMode(s, 'www.example.test', 'marks'), 'example.test')).toBe('off');
    // Only www.: another subdomain is another site.
    expect(effectiveMode(s, 'shop.example.test')).toBe('marks');
  });

  it('reads a host name from what a person types or pastes', () => {
    expect(siteFromInput('Example.org')).toBe('example.org');
    expect(siteFromInput('  https://www.Example.org/some/page?q=1 ')).toBe('www.example.org');
    expect(siteFromInput('shop.example:8080')).toBe('shop.example');
    expect(siteFromInput('localhost')).toBe('localhost');
    expect(siteFromInput('Bücher.example')).toBe('xn--bcher-kva.example');
    for (const bad of ['', '   ', 'two words.com', 'mailto:a@b.example', 'file:///etc/hosts', 'http://', 'a_b!.example']) expect(siteFromInput(bad), bad).toBeNull();
  });

  it('ticks and unticks verdicts, keeping each once and in database order', () => {
    let s = withVerdictMarked(DEFAULT_SETTINGS, 'mixed', false);
    s = withVerdictMarked(s, 'supported', false);
    s = withVerdictMarked(s, 'supported', false);
    expect(s.unmarked).toEqual(['supported', 'mixed']);
    expect(withVerdictMarked(s, 'supported', true).unmarked).toEqual(['mixed']);
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('refuses a verdict listed twice', () => {
    expect(settingsSchema.safeParse(v2({ unmarked: ['mixed', 'mixed'] })).success).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local under "gutcheck:settings", with no separate version entry', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next = v2({ mode: 'badge', sites: { 'x.example': 'off' }, unmarked: ['supported'], highlight: 'underline', cardText: 'larger' });
    await saveSettings(next);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ [SETTINGS_KEY]: next });
    expect(await loadSettings()).toEqual(next);
  });

  it('refuses to store an invalid value', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, mode: 'nope' } as never)).rejects.toThrow();
    await expect(saveSettings({ ...DEFAULT_SETTINGS, version: 1 } as never)).rejects.toThrow();
  });

  it('migrates an old stored value on read, and does not write on read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    expect((await loadSettings()).mode).toBe('off');
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ enabled: false });
  });

  it('tells watchers about changes, migrated, until unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'off', sites: {} } });
    expect(seen).toHaveBeenLastCalledWith(v2({ mode: 'off' }));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v2({ cardText: 'large' }) });
    expect(seen).toHaveBeenLastCalledWith(v2({ cardText: 'large' }));
    stop();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v2({ mode: 'badge' }) });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('reports no problem for nothing stored, a current value or one of an older shape', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false, paused: ['a.example'] } });
    expect((await readSettings()).problem).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'badge', sites: {} } });
    expect((await readSettings()).problem).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v2({ motion: 'reduce' }) });
    expect(await readSettings()).toEqual({ settings: v2({ motion: 'reduce' }), problem: null });
  });

  it('keeps the readable parts of a corrupted value and says it was repaired', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'loud', sites: { 'a.example': 'off', 'b.example': 7 } } });
    expect(await readSettings()).toEqual({ settings: v2({ sites: { 'a.example': 'off' } }), problem: 'repaired' });
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
    await expect(saveSettings(v2({ mode: 'off' }))).rejects.toThrow(/QUOTA/);
  });
});
