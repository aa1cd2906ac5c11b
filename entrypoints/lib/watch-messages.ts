import type { LoadCheckerReply } from './page-info';

/**
 * The two messages the watch script receives, checked without zod (see site-mode.ts for why): each
 * accepts exactly what its schema in page-info.ts accepts (getPageInfoSchema,
 * loadCheckerReplySchema), which test/unit/extension/watch-messages.property.test.ts checks on
 * generated values.
 */

/** Popup or side panel asking which page this is: exactly `{type: 'get-page-info'}`. */
export function isGetPageInfo(raw: unknown): boolean {
  return hasOnlyKeys(raw, ['type']) && raw.type === 'get-page-info';
}

/** The background's answer to load-checker: exactly `{ok: boolean}`. */
export function isLoadCheckerReply(raw: unknown): raw is LoadCheckerReply {
  return hasOnlyKeys(raw, ['ok']) && typeof raw.ok === 'boolean';
}

/** An object (not an array) whose own enumerable keys are exactly `keys`: a strict object's check. */
function hasOnlyKeys(raw: unknown, keys: readonly string[]): raw is Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const own = Object.keys(raw);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}
