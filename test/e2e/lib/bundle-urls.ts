/**
 * Remote URLs in the built bundles, and the ones a store reviewer may find there. GutCheck makes
 * no network requests; an address in the package should be either a link a reader clicks in an
 * evidence card or a constant some library compares or prints, never something fetched. Anything
 * else fails test/e2e/store-bundle-urls.e2e.test.ts and has to be removed or listed here with a
 * reason.
 */
import type { Claim } from '../../../claims/schema';

/** `http(s)://` and what follows up to a quote, backquote, space, bracket or backslash. */
const URL_PATTERN = /https?:\/\/[^\s"'`<>\\()]*/g;

export function findUrls(text: string): string[] {
  return text.match(URL_PATTERN) ?? [];
}

/** Exact strings allowed in any bundle file, each with why it is there and why it is harmless. */
export const ALLOWED_URLS: ReadonlyMap<string, string> = new Map([
  ['http://*/*', 'match pattern of the content script (manifest content_scripts.matches); not an address'],
  ['https://*/*', 'match pattern of the content script (manifest content_scripts.matches); not an address'],
  ['https://', 'a scheme prefix the claim schema compares source URLs with (startsWith); not an address'],
  ['http://www.w3.org/2000/svg', 'XML namespace name react-dom passes to createElementNS for <svg>; never fetched'],
  ['http://www.w3.org/1998/Math/MathML', 'XML namespace name react-dom uses for <math>; never fetched'],
  ['http://www.w3.org/1999/xlink', 'XML namespace name react-dom uses for xlink:* attributes; never fetched'],
  ['http://www.w3.org/XML/1998/namespace', 'XML namespace name react-dom uses for xml:* attributes; never fetched'],
  ['http://www.w3.org/1999/xhtml', 'XML namespace name react-dom uses for HTML elements; never fetched'],
  [
    'https://schema.org',
    'the JSON-LD @context of the ClaimReview report the classroom pages save to a file (claims/claimreview.ts); a vocabulary name, never fetched',
  ],
  [
    'https://react.dev/errors/',
    "react's production build puts this decoder link in the text of the errors it throws; never fetched",
  ],
  [
    'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
    "text of the error WXT's createShadowRootUi throws for a bad host element name; never fetched",
  ],
]);

/**
 * The card's own link templates (components/SourceList.tsx, sourceHref): PubMed by PMID and
 * doi.org by DOI. The bundle holds them as template literals, `${...}` filled from the claim.
 */
export const SOURCE_LINK_PREFIXES = ['https://pubmed.ncbi.nlm.nih.gov/', 'https://doi.org/'] as const;

/** Links the cards show: the `url` of every source in claims/data (PMIDs and DOIs are stored bare). */
export function sourceUrls(claims: readonly Claim[]): Set<string> {
  return new Set(claims.flatMap((c) => c.sources.flatMap((s) => (s.url ? [s.url] : []))));
}

/** Why `url` may be in the bundle, or undefined when it may not. */
export function allowedBecause(url: string, sources: ReadonlySet<string>): string | undefined {
  const listed = ALLOWED_URLS.get(url);
  if (listed) return listed;
  if (sources.has(url)) return 'a source link shown in an evidence card (claims/data url field)';
  for (const prefix of SOURCE_LINK_PREFIXES) {
    // Only the template itself, e.g. https://doi.org/${e.doi}, not some other page on that host.
    if (url.startsWith(prefix) && /^\$\{[\w.$]+\}\/?$/.test(url.slice(prefix.length))) {
      return 'the evidence card builds its PubMed / DOI source links from this template';
    }
  }
  return undefined;
}
