import { storage } from '@wxt-dev/storage';
import { SETTINGS_KEY } from './site-mode';

/**
 * storage.local["gutcheck:settings"], through @wxt-dev/storage for get, set and watch only. Its own
 * `version`/`migrations` are not used, on purpose:
 * - it keeps the version in a separate `gutcheck:settings$` entry, and a value without one counts
 *   as its version 1, so the early builds' unversioned shape would be fed to the 1 -> 2 step; our
 *   values carry their version inside (settings-migrations.ts), whoever wrote them;
 * - it migrates when the item is defined, in every context that imports it (the content script of
 *   each tab, the popup, the options page), each writing back, and a failed step is only logged;
 * - it does not validate, and a repaired value must be told apart to say so to the person.
 * So every read goes through the zod chain (settings-store.ts; the watch script reads only the
 * mode on its site, without zod: site-mode.ts) and nothing is written on read; a migrated value is
 * stored at the person's next change.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);
