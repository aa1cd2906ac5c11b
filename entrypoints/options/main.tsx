import { i18n } from '#i18n';
import { createRoot } from 'react-dom/client';
import { getClaim } from '@/claims/bundle';
import partsCss from '@/components/evidence-parts.css?inline';
import { localizePage } from '../lib/page-locale';
import { App } from './App';
import css from './options.css?inline';

/**
 * The options page (options_ui, opened in a tab of its own from the browser's extension settings
 * or the popup's "Options" link): where GutCheck runs, what it marks, how marks and cards look,
 * and the wrong-match reports. The claims are the bundled ones, to name each report's claim.
 */
localizePage(i18n.t('options.title'));
const style = document.createElement('style');
style.textContent = `${partsCss}\n${css}`;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<App claimOf={getClaim} />);
