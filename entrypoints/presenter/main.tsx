import { i18n } from '#i18n';
import { createRoot } from 'react-dom/client';
import classroomCss from '@/components/classroom/classroom.css?inline';
import { Presenter } from '@/components/classroom/Presenter';
import partsCss from '@/components/evidence-parts.css?inline';
import { localizePage } from '../lib/page-locale';
import css from './presenter.css?inline';
import { loadPresentation } from './presentation';

/**
 * The presenter (presenter.html, an unlisted page), opened from the popup: "Present this page"
 * adds ?tab=<id>, the demo page links here without it. Reads only what the extension already
 * holds; fetches nothing.
 */
localizePage(i18n.t('classroom.presenterTitle'));
const style = document.createElement('style');
style.textContent = [partsCss, classroomCss, css].join('\n');
document.head.append(style);
const root = createRoot(document.getElementById('root')!);
root.render(
  <main>
    <p className="loading">{i18n.t('classroom.loading')}</p>
  </main>,
);
void loadPresentation(location.search).then((p) => root.render(<Presenter {...p} />));
