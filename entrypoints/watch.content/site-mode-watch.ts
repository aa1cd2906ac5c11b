import type { Mode } from '@/components/options/choices';
import { settingsItem } from '../lib/settings-item';
import { storedModeOn } from '../lib/site-mode';

// The watch script's view of the settings: the mode on this page's site, now and after each
// change, read without zod (see lib/site-mode.ts) from the entry settings-store.ts reads whole.

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
