import { MODES, type Mode } from '@/components/options/choices';

/**
 * What the watch script (injected into every page) needs of the settings: the mode on one site,
 * read from the stored value without zod. zod/mini's classes and a retained schema held about
 * 0.11 MB of heap in every tab (measured in Chromium, 2026-12-06), a fifth of issue 8's budget
 * for a page without the topic. The extension's pages, the background and the checker read the
 * whole settings through the zod chain (settings-migrations.ts); `storedModeOn` gives the same
 * mode as `effectiveMode(migrateSettings(raw), host)` for every stored value, which
 * test/unit/extension/site-mode.property.test.ts checks on generated values of every shape.
 */

/** storage.local key of the settings; kept across restarts. Tests and tooling read it by this name. */
export const SETTINGS_KEY = 'gutcheck:settings';

/** A fresh install marks every page. */
export const DEFAULT_MODE: Mode = 'marks';

/** Site keys are lower-case hostnames; `www.` is kept (it can be a different site: see siteModeIn). */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase();
}

/** One of the modes (choices.ts), as the zod settings schema's enum accepts it. */
export function isMode(value: unknown): value is Mode {
  return (MODES as readonly unknown[]).includes(value);
}

/** The usable site entries of a stored `sites` value: a mode each, keyed by normalized host; others dropped. */
export function siteModesOf(sites: unknown): Record<string, Mode> {
  const out: Record<string, Mode> = {};
  if (!sites || typeof sites !== 'object') return out;
  for (const [host, mode] of Object.entries(sites)) if (isMode(mode) && host.trim()) out[normalizeHost(host)] = mode;
  return out;
}

/**
 * The early builds' settings, `{enabled?: boolean, paused?: string[]}` with no version: the shape
 * settings-migrations.ts steps up from. Extra fields are allowed there too.
 */
export interface LegacySettings {
  enabled?: boolean;
  paused?: string[];
}

export function isLegacySettings(raw: object): raw is LegacySettings {
  if (Array.isArray(raw) || 'version' in raw || !('enabled' in raw || 'paused' in raw)) return false;
  const { enabled, paused } = raw as Record<string, unknown>;
  if (enabled !== undefined && typeof enabled !== 'boolean') return false;
  if (paused === undefined) return true;
  if (!Array.isArray(paused)) return false;
  // A loop, not every(): a hole in the array is not a string either.
  for (let i = 0; i < paused.length; i++) if (typeof paused[i] !== 'string') return false;
  return true;
}

/** 0 -> 1 (settings-migrations.ts goes on from there): paused hosts become sites in mode "off"; `enabled: false` pauses everywhere. */
export function legacyToV1(old: LegacySettings): { version: 1; mode: Mode; sites: Record<string, Mode> } {
  const sites: Record<string, Mode> = {};
  for (const host of old.paused ?? []) if (host.trim()) sites[normalizeHost(host)] = 'off';
  return { version: 1, mode: old.enabled === false ? 'off' : 'marks', sites };
}

/** The mode on `host` that the stored settings value `raw` gives, whatever its shape or damage. */
export function storedModeOn(raw: unknown, host: string): Mode {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_MODE;
  if (isLegacySettings(raw)) {
    const v1 = legacyToV1(raw);
    return siteModeIn(v1.sites, host) ?? v1.mode;
  }
  const { mode, sites } = raw as Record<string, unknown>;
  return siteModeIn(siteModesOf(sites), host) ?? (isMode(mode) ? mode : DEFAULT_MODE);
}

/**
 * A site's entry; own keys only, so a host named "constructor" finds no inherited function. A host
 * without an entry of its own takes its `www.` twin's: a reader who pauses "example.com" means
 * www.example.com too, and the other way round. Each may still be given its own mode.
 */
export function siteModeIn(sites: Readonly<Record<string, Mode>>, host: string): Mode | undefined {
  const key = normalizeHost(host);
  if (Object.hasOwn(sites, key)) return sites[key];
  const twin = key.startsWith('www.') ? key.slice(4) : `www.${key}`;
  return key && Object.hasOwn(sites, twin) ? sites[twin] : undefined;
}
