import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings';
import { settingsItem } from './settings-item';
import { isDamaged, migrateSettings } from './settings-migrations';

/** What went wrong reading the settings, for a short note to the person: storage failed, or the value was damaged. */
export type SettingsProblem = 'unreadable' | 'repaired';

/**
 * Reads settings from storage.local, migrating old or damaged values (the one read path). Never
 * throws: a storage call that fails gives the defaults, so a broken profile cannot stop GutCheck.
 */
export async function readSettings(): Promise<{ settings: Settings; problem: SettingsProblem | null }> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
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
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/**
 * Calls `onChange` with the migrated settings whenever another part of the extension (the popup,
 * the options page) changes them. Returns the unsubscribe function; content scripts hand it to
 * ctx.onInvalidated.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(migrateSettings(raw)));
}
