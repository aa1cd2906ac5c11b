import { LineLegend } from '../LineLegend';
import { ReportExport } from '../report/ReportExport';
import type { DemoScan } from './demo-scan';
import { DemoPost, type MarkName } from './DemoPost';
import { STRINGS } from './strings';

/**
 * The demo page: invented posts of every kind, read by the real engine, with their claims marked
 * and listed; a way into the presenter; and the report of everything found. Takes the scans as a
 * prop, so tests render it with any posts.
 */
export function DemoPage({ scans, markName }: { scans: readonly DemoScan[]; markName: MarkName }) {
  return (
    <>
      <header className="page-head">
        <h1>{STRINGS.demoTitle}</h1>
        <p>{STRINGS.demoIntro}</p>
        <p>
          <a className="button-link" href="presenter.html" data-testid="demo-present">
            {STRINGS.demoPresent}
          </a>
        </p>
        <LineLegend />
      </header>
      <main>
        {scans.map((s) => (
          <DemoPost key={s.post.id} scan={s} markName={markName} />
        ))}
        <ReportExport report={{ title: STRINGS.demoTitle, findings: scans.flatMap((s) => s.findings) }} />
      </main>
      <footer className="page-foot">
        <p>{STRINGS.notAdvice}</p>
      </footer>
    </>
  );
}
