import { storage } from '@wxt-dev/storage';
import type { Mode } from '@/components/options/choices';
import { SETTINGS_KEY, storedModeOn } from '../lib/site-mode';

/**
 * The watch script's view of the settings: the mode on this page's site, now and after each
 * change, read without zod (see lib/site-mode.ts). The same storage entry settings-store.ts reads
 * whole for the extension's pages and the checker.
 */
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

/** The mode on `host`; a storage call that fails gives the default, as readSettings does. */
export async function readModeOn(host: string): Promise<Mode> {
  try {
    return storedModeOn(await settingsItem.getValue(), host);
  } catch {
    return storedModeOn(undefined, host);
  }
}

/** Calls `onMode` with the mode on `host` whenever the settings change; returns the unsubscribe function. */
export function watchModeOn(host: string, onMode: (mode: Mode) => void): () => void {
  return settingsItem.watch((raw) => onMode(storedModeOn(raw, host)));
}
