/**
 * The extension's edge to the claims database: Vite inlines every claims/data/*.json at build
 * time (nothing is fetched) and the build validates them (wxt.config.ts, build:before: the same
 * parseClaimFiles the command runs), so pages take them as data: zod spent 13-17 ms per tab on
 * them. The matcher is built on first use, so a page in "off" mode never pays for it. Outside
 * claims/tsconfig purity (uses Vite).
 */
import { createMatcher, type Matcher } from './engine';
import type { Claim } from './schema';

const modules = import.meta.glob<{ default: unknown }>('./data/*.json', { eager: true });

let claims: readonly Claim[] | undefined;
let byId: ReadonlyMap<string, Claim> | undefined;
let matcher: Matcher | undefined;

/** Every bundled claim, in id order as parseClaimFiles gives them (the build validated these files). */
export function getClaims(): readonly Claim[] {
  // Not localeCompare: its first call builds an ICU collator (~6 ms at page load).
  claims ??= Object.values(modules).map((mod) => mod.default as Claim).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
