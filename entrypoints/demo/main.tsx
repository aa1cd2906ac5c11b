import { i18n } from '#i18n';
import { createRoot } from 'react-dom/client';
import { getClaim, getMatcher } from '@/claims/bundle';
import classroomCss from '@/components/classroom/classroom.css?inline';
import { DEMO_POSTS } from '@/components/classroom/demo-posts';
import { scanDemo } from '@/components/classroom/demo-scan';
import { DemoPage } from '@/components/classroom/DemoPage';
import partsCss from '@/components/evidence-parts.css?inline';
import { localizePage } from '../lib/page-locale';
import { highlightNameFor } from '../scan.content/anchor';
import css from './demo.css?inline';
import { markCss } from './mark-css';

/**
 * The demo page (demo.html, an unlisted page: no manifest key), opened from the popup. Content
 * scripts never run on the extension's own pages, so the page runs the engine itself, on posts it
 * holds as data, with the bundled database; it fetches nothing.
 */
localizePage(i18n.t('classroom.demoTitle'));
const style = document.createElement('style');
style.textContent = [partsCss, classroomCss, markCss(), css].join('\n');
document.head.append(style);
createRoot(document.getElementById('root')!).render(<DemoPage scans={scanDemo(DEMO_POSTS, getMatcher(), getClaim)} markName={highlightNameFor} />);
