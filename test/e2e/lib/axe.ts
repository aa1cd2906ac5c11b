/**
 * axe-core in any page, through any driver: the caller passes a function that evaluates a script
 * string in the page's own world (Playwright's and Puppeteer's page.evaluate both take a string).
 * The string carries axe's source and the run, so nothing is injected through the page's own
 * loader and a CSP (an extension page forbids inline scripts, a web page may too) does not stand
 * in the way: drivers evaluate outside it. Open shadow roots (our card) are checked too.
 */
import { createRequire } from 'node:module';

/** axe-core's browser build as a string (the package exports it as `source`). */
const AXE_SOURCE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** One violation, in the few words a failing assertion needs. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the first few offending nodes (shadow paths joined with " >>> "). */
  nodes: string[];
}

/** Impacts the issue forbids: axe's serious and critical. */
const BLOCKING = new Set(['serious', 'critical']);

/** The script: define axe once per document, run it on the whole document, report violations. */
const RUN = `(async () => {
  if (!window.axe) { ${AXE_SOURCE}\n }
  const r = await window.axe.run(document, { resultTypes: ['violations'] });
  return r.violations.map((v) => ({ id: v.id, impact: v.impact || 'unknown', help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => [].concat(n.target).map((t) => [].concat(t).join(' >>> ')).join(' ')) }));
})()`;

/** Every axe violation on the page as it is now. */
export async function axeViolations(evaluate: (script: string) => Promise<unknown>): Promise<AxeFinding[]> {
  return (await evaluate(RUN)) as AxeFinding[];
}

/** The serious and critical violations only: what the tests assert is empty. */
export async function blockingViolations(evaluate: (script: string) => Promise<unknown>): Promise<AxeFinding[]> {
  return (await axeViolations(evaluate)).filter((v) => BLOCKING.has(v.impact));
}

/** The serious and critical violations on a Playwright page (its evaluate takes a script string). */
export const blockingOn = (page: { evaluate(script: string): Promise<unknown> }): Promise<AxeFinding[]> =>
  blockingViolations((script) => page.evaluate(script));
