import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { verdictSchema, VERDICTS } from '@/claims/scales';
import { DEFAULT_SETTINGS, hostSchema, modeSchema, settingsSchema, type Settings } from './settings';
import { isLegacySettings, legacyToV1, siteModesOf } from './site-mode';

/**
 * Every shape the settings have had, oldest first, and one step from each to the next. A stored
 * value is read as the newest shape it fits and stepped up to the current one, so an update never
 * resets what a person chose. The version lives inside the value (not in @wxt-dev/storage's
 * separate `key$` entry; see settings-store.ts), so any stored value says which shape it is.
 * Version 0 (the early builds' `{enabled?, paused?}`) and its step to 1 are in site-mode.ts, which
 * the watch script shares.
 */

/** Version 1: a mode everywhere and per site. */
const v1Schema = z.strictObject({
  version: z.literal(1),
  mode: modeSchema,
  sites: z.record(hostSchema, modeSchema),
});

/** 1 -> 2: the page look arrives; every verdict stays marked and the look stays as it was. */
export function v1ToV2(old: z.infer<typeof v1Schema>): Settings {
  const { version: _v1, ...kept } = old;
  return { ...DEFAULT_SETTINGS, ...kept, version: 2 };
}

/**
 * The value as the newest shape it fits, stepped up to the current one; null when it fits none
 * whole. Site keys come out normalized, as repair() leaves them, so both paths find a site alike.
 */
function upgrade(raw: unknown): Settings | null {
  if (raw === null || typeof raw !== 'object') return null;
  let value: unknown = isLegacySettings(raw) ? legacyToV1(raw) : raw;
  const v1 = v1Schema.safeParse(value);
  if (v1.success) value = v1ToV2(v1.data);
  const current = settingsSchema.safeParse(value);
  return current.success ? { ...current.data, sites: siteModesOf(current.data.sites) } : null;
}

/**
 * Turns whatever is stored into current settings. Never throws: a value it cannot read whole keeps
 * every field that still parses (single bad site entries are dropped, not the rest) and gives the
 * defaults for the others; a value that is not an object gives the defaults.
 */
export function migrateSettings(raw: unknown): Settings {
  return upgrade(raw) ?? repair(raw);
}

/**
 * True when a stored value could not be read whole, so migrateSettings kept what it could and
 * used defaults for the rest (the popup and the options page say so). Nothing stored, a current
 * value and a value of any older shape are not damage.
 */
export function isDamaged(raw: unknown): boolean {
  return raw !== undefined && raw !== null && upgrade(raw) === null;
}

/** Field by field: what parses is kept, the rest is the default (fields of a newer shape too). */
function repair(raw: unknown): Settings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return structuredClone(DEFAULT_SETTINGS);
  const rec = raw as Record<string, unknown>;
  const field = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  const listed = Array.isArray(rec.unmarked) ? rec.unmarked.filter((v) => verdictSchema.safeParse(v).success) : [];
  const shape = settingsSchema.def.shape;
  return {
    version: 2,
    mode: field(modeSchema, rec.mode, DEFAULT_SETTINGS.mode),
    sites: siteModesOf(rec.sites),
    unmarked: VERDICTS.filter((v) => listed.includes(v)),
    highlight: field(shape.highlight, rec.highlight, DEFAULT_SETTINGS.highlight),
    cardText: field(shape.cardText, rec.cardText, DEFAULT_SETTINGS.cardText),
    motion: field(shape.motion, rec.motion, DEFAULT_SETTINGS.motion),
  };
}
