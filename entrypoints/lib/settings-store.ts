import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_KEY, settingsSchema, type Settings } from './settings';

/** Reads settings from storage.local, migrating old or damaged values (the one read path). */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/** Validates and writes settings; a bad value is a programming error, so it throws. */
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
