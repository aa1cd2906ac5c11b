/**
 * axe-core in any page, for any driver: the caller passes a function that evaluates a script in the
 * page and returns its value (Playwright's and Puppeteer's page.evaluate both take a string). The
 * source is evaluated rather than added as a <script>: extension pages' CSP forbids inline scripts,
 * and a web page's CSP may too; a driver's evaluate is not subject to it. Open shadow roots (our
 * card) are checked too.
 */
import { createRequire } from 'node:module';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes (shadow paths joined with " >>> "). */
  nodes: string[];
}

/** Every violation axe-core finds in the page's document. */
export async function axeViolations(evaluate: (script: string) => Promise<unknown>): Promise<AxeFinding[]> {
  await evaluate(axeSource);
  const found = await evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => [].concat(n.target).map((t) => [].concat(t).join(' >>> ')).join(' ')),
  })))`);
  return found as AxeFinding[];
}

/** The violations the issue does not allow: impact serious or critical. */
export async function seriousAxeViolations(evaluate: (script: string) => Promise<unknown>): Promise<AxeFinding[]> {
  return (await axeViolations(evaluate)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
