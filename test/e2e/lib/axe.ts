/**
 * axe-core in any page, through any driver: the caller passes a function that evaluates a script
 * (a string) in the page and returns its (awaited) result, so the Chromium harness, the browser
 * seam and Firefox share one check. The source is evaluated as a script, never through eval in
 * the page, so an extension page's CSP (no unsafe-eval) does not stop it.
 */
import axe from 'axe-core';

/** One violation as a line a failing test prints: rule, impact, what it asks, where. */
export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const RUN = `axe.run(document, { resultTypes: ['violations'] }).then((r) => JSON.stringify(r.violations.map((v) => ({
  id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
}))))`;

/** Every axe violation on the page as it is now (load axe once per page; it is idempotent anyway). */
export async function axeViolations(evaluateScript: (source: string) => Promise<unknown>): Promise<AxeProblem[]> {
  if (!(await evaluateScript('typeof axe !== "undefined"'))) await evaluateScript(axe.source);
  const json = await evaluateScript(RUN);
  if (typeof json !== 'string') throw new Error(`axe.run gave ${String(json)}`);
  return JSON.parse(json) as AxeProblem[];
}

/** The violations the issue forbids: impact serious or critical. */
export async function seriousAxeViolations(evaluateScript: (source: string) => Promise<unknown>): Promise<string[]> {
  return (await axeViolations(evaluateScript))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.slice(0, 3).join('; ')})`);
}
