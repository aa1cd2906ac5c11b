import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { VERDICTS, verdictSchema } from '@/claims/scales';
import { HIGHLIGHT_STYLES, MODES, MOTIONS } from '@/components/options/choices';
import { TEXT_SIZES } from '@/components/text-size';
import { DEFAULT_MODE, normalizeHost, siteModeIn } from './site-mode';

/** What GutCheck does on a page (choices.ts lists the modes). */
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

/** A host name as sites keys it: non-empty (see normalizeHost). */
export const hostSchema = z.string().check(z.minLength(1));

/**
 * The one settings schema (version 2). `sites` maps a hostname to its own mode, which beats
 * `mode`; `unmarked` lists the verdicts not marked on pages (a verdict added to the database later
 * is then marked until the person says otherwise). Older shapes: settings-migrations.ts.
 */
export const settingsSchema = z.strictObject({
  version: z.literal(2),
  mode: modeSchema,
  sites: z.record(hostSchema, modeSchema),
  unmarked: z.array(verdictSchema).check(z.refine((list) => new Set(list).size === list.length, 'each verdict once')),
  highlight: z.enum(HIGHLIGHT_STYLES),
  cardText: z.enum(TEXT_SIZES),
  motion: z.enum(MOTIONS),
});
export type Settings = z.infer<typeof settingsSchema>;
export type HighlightStyle = Settings['highlight'];

/** Fresh installs mark every verdict everywhere, in the look GutCheck always had. */
export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  mode: DEFAULT_MODE,
  sites: {},
  unmarked: [],
  highlight: 'tint',
  cardText: 'normal',
  motion: 'system',
};

/** The mode that applies on `host`: its own entry if any, else the global one. */
export function effectiveMode(settings: Settings, host: string): Mode {
  return siteModeIn(settings.sites, host) ?? settings.mode;
}

/** Returns new settings with `host` set to `mode`, or its entry removed when `mode` is null. */
export function withSiteMode(settings: Settings, host: string, mode: Mode | null): Settings {
  const sites = { ...settings.sites };
  if (mode === null) delete sites[normalizeHost(host)];
  else sites[normalizeHost(host)] = mode;
  return { ...settings, sites };
}

/**
 * The host name in what a person typed or pasted: "Example.org", "https://example.org/page" and
 * "example.org:8080" all give "example.org" (URL lower-cases it and writes an international name
 * the way location.hostname does). Null for anything that is not a host name.
 */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    const plain = /^(https?|ftp):$/.test(url.protocol) && !url.username && !url.password;
    return plain && /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname) ? url.hostname : null;
  } catch {
    return null;
  }
}

/** Returns new settings with `verdict` marked on pages or not; the list stays in database order. */
export function withVerdictMarked(settings: Settings, verdict: Settings['unmarked'][number], marked: boolean): Settings {
  const unmarked = VERDICTS.filter((v) => (v === verdict ? !marked : settings.unmarked.includes(v)));
  return { ...settings, unmarked };
}
