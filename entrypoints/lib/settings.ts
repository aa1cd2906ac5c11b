import { z } from 'zod/mini'; // not full zod: see claims/schema.ts

/** What GutCheck does on a page: marks + card + badge, badge only, or nothing (paused). */
export const MODES = ['marks', 'badge', 'off'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

/** storage.local key; kept across restarts. Tests and tooling read it by this name. */
export const SETTINGS_KEY = 'gutcheck:settings';

/** Current settings shape. `sites` maps a hostname to its own mode, which beats `mode`. */
export const settingsSchema = z.strictObject({
  version: z.literal(1),
  mode: modeSchema,
  sites: z.record(z.string().check(z.minLength(1)), modeSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Fresh installs mark claims everywhere. */
export const DEFAULT_SETTINGS: Settings = { version: 1, mode: 'marks', sites: {} };

/**
 * The shape before versioning (early builds): `{enabled?: boolean, paused?: string[]}`.
 * Kept so a stored value from those builds migrates instead of resetting the person's pauses.
 */
const legacySchema = z.object({
  enabled: z.optional(z.boolean()),
  paused: z.optional(z.array(z.string())),
});

/**
 * Turns whatever is stored into current settings. Never throws: a value it cannot read gives the
 * defaults, and single bad site entries are dropped rather than losing the rest.
 */
export function migrateSettings(raw: unknown): Settings {
  const current = settingsSchema.safeParse(raw);
  if (current.success) return current.data;
  if (raw && typeof raw === 'object' && 'version' in raw) return repairV1(raw);
  const legacy = legacySchema.safeParse(raw);
  if (legacy.success && raw !== null && typeof raw === 'object') {
    const sites: Settings['sites'] = {};
    for (const host of legacy.data.paused ?? []) if (host) sites[normalizeHost(host)] = 'off';
    return { version: 1, mode: legacy.data.enabled === false ? 'off' : 'marks', sites };
  }
  return structuredClone(DEFAULT_SETTINGS);
}

/**
 * True when a stored value could not be read whole, so migrateSettings kept what it could and
 * used defaults for the rest (the popup says so). Nothing stored, a current value and a
 * value from the early builds are not damage.
 */
export function isDamaged(raw: unknown): boolean {
  if (raw === undefined || settingsSchema.safeParse(raw).success) return false;
  const legacy = raw !== null && typeof raw === 'object' && !('version' in raw) && ('enabled' in raw || 'paused' in raw);
  return !(legacy && legacySchema.safeParse(raw).success);
}

/** A v1 value with some bad fields: keep what parses. */
function repairV1(raw: object): Settings {
  const rec = raw as Record<string, unknown>;
  const mode = modeSchema.safeParse(rec.mode);
  const sites: Settings['sites'] = {};
  if (rec.sites && typeof rec.sites === 'object') {
    for (const [host, value] of Object.entries(rec.sites)) {
      const m = modeSchema.safeParse(value);
      if (m.success && host) sites[normalizeHost(host)] = m.data;
    }
  }
  return { version: 1, mode: mode.success ? mode.data : DEFAULT_SETTINGS.mode, sites };
}

/** Site keys are lower-case hostnames; `www.` is kept (it can be a different site). */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase();
}

/** The mode that applies on `host`: its own entry if any, else the global one. */
export function effectiveMode(settings: Settings, host: string): Mode {
  return settings.sites[normalizeHost(host)] ?? settings.mode;
}

/** Returns new settings with `host` set to `mode`, or its entry removed when `mode` is null. */
export function withSiteMode(settings: Settings, host: string, mode: Mode | null): Settings {
  const sites = { ...settings.sites };
  if (mode === null) delete sites[normalizeHost(host)];
  else sites[normalizeHost(host)] = mode;
  return { ...settings, sites };
}
