import { i18n } from '#i18n';
import { LineLegend } from '../LineLegend';
import { ReportExport } from '../report/ReportExport';
import type { DemoScan } from './demo-scan';
import { DemoPost, type MarkName } from './DemoPost';

/**
 * The demo page: invented posts of every kind, read by the real engine, with their claims marked
 * and listed; a way into the presenter; and the report of everything found. Takes the scans as a
 * prop, so tests render it with any posts.
 */
export function DemoPage({ scans, markName }: { scans: readonly DemoScan[]; markName: MarkName }) {
  return (
    <>
      <header className="page-head">
        <h1>{i18n.t('classroom.demoTitle')}</h1>
        <p>{i18n.t('classroom.demoIntro')}</p>
        <p>
          <a className="button-link" href="presenter.html" data-testid="demo-present">
            {i18n.t('classroom.demoPresent')}
          </a>
        </p>
        <LineLegend />
      </header>
      <main>
        {scans.map((s) => (
          <DemoPost key={s.post.id} scan={s} markName={markName} />
        ))}
        <ReportExport report={{ title: i18n.t('classroom.demoTitle'), findings: scans.flatMap((s) => s.findings) }} />
      </main>
      <footer className="page-foot">
        <p>{i18n.t('common.notAdvice')}</p>
      </footer>
    </>
  );
}
