/**
 * The extension's edge to the claims database: Vite inlines every claims/data/*.json at build
 * time (nothing is fetched), parseClaimFiles validates them, and the matcher is built on first use
 * so that a page in "off" mode never pays for it. Outside claims/tsconfig purity (uses Vite).
 */
import { parseClaimFiles, type ClaimFile } from './database';
import { createMatcher, type Matcher } from './engine';
import type { Claim } from './schema';

const modules = import.meta.glob<{ default: unknown }>('./data/*.json', { eager: true });

/** The bundled files as parseClaimFiles wants them (name = file name only). */
export const bundledFiles: ClaimFile[] = Object.entries(modules)
  .map(([path, mod]) => ({ name: path.slice(path.lastIndexOf('/') + 1), data: mod.default }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // not localeCompare: its first call builds an ICU collator (~6 ms at page load)

let claims: readonly Claim[] | undefined;
let byId: ReadonlyMap<string, Claim> | undefined;
let matcher: Matcher | undefined;

/** Every bundled claim, validated on first use (the build validated the same files already). */
export function getClaims(): readonly Claim[] {
  claims ??= parseClaimFiles(bundledFiles);
  return claims;
}

/** One claim by id, for the card. */
export function getClaim(id: string): Claim | undefined {
  byId ??= new Map(getClaims().map((c) => [c.id, c]));
  return byId.get(id);
}

/** The shared matcher, created lazily (the engine may build indexes up front). */
export function getMatcher(): Matcher {
  matcher ??= createMatcher(getClaims());
  return matcher;
}
