import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, isDamaged, migrateSettings, SETTINGS_KEY, settingsSchema, type Settings } from './settings';

/** What went wrong reading the settings, for a short note to the person: storage failed, or the value was damaged. */
export type SettingsProblem = 'unreadable' | 'repaired';

/**
 * Reads settings from storage.local, migrating old or damaged values (the one read path). Never
 * throws: a storage call that fails gives the defaults, so a broken profile cannot stop GutCheck.
 */
export async function readSettings(): Promise<{ settings: Settings; problem: SettingsProblem | null }> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return { settings: structuredClone(DEFAULT_SETTINGS), problem: 'unreadable' };
  }
  return { settings: migrateSettings(raw), problem: isDamaged(raw) ? 'repaired' : null };
}

export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Validates and writes settings. A bad value is a programming error, so it throws; a storage that
 * refuses the write (quota, a broken profile) rejects, and the caller tells the person.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/**
 * Calls `onChange` with the migrated settings whenever another part of the extension (the popup)
 * changes them. Returns the unsubscribe function; content scripts hand it to ctx.onInvalidated.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
