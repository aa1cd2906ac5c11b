import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings';
import { SETTINGS_KEY } from './site-mode';
import { isDamaged, migrateSettings } from './settings-migrations';

/** What went wrong reading the settings, for a short note to the person: storage failed, or the value was damaged. */
export type SettingsProblem = 'unreadable' | 'repaired';

/**
 * storage.local["gutcheck:settings"], through @wxt-dev/storage for get, set and watch only. Its own
 * `version`/`migrations` are not used, on purpose:
 * - it keeps the version in a separate `gutcheck:settings$` entry, and a value without one counts
 *   as its version 1, so the early builds' unversioned shape would be fed to the 1 -> 2 step; our
 *   values carry their version inside (settings-migrations.ts), whoever wrote them;
 * - it migrates when the item is defined, in every context that imports it (the content script of
 *   each tab, the popup, the options page), each writing back, and a failed step is only logged;
 * - it does not validate, and a repaired value must be told apart to say so to the person.
 * So every read goes through the zod chain and nothing is written on read; a migrated value is
 * stored at the person's next change.
 */
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

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
