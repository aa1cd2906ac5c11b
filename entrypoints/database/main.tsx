import { i18n } from '#i18n';
import { createRoot } from 'react-dom/client';
import { getClaims } from '@/claims/bundle';
import { DatabaseBrowser } from '@/components/database/DatabaseBrowser';
import partsCss from '@/components/evidence-parts.css?inline';
import type { Settings } from '../lib/settings';
import { loadSettings, watchSettings } from '../lib/settings-store';
import { localizePage } from '../lib/page-locale';
import css from './database.css?inline';

/**
 * The claims database page (database.html, an unlisted page: no manifest key). Opened from the
 * evidence card's "More about this claim" through the background, never linked from web pages,
 * so it needs no web_accessible_resources. The claims are the bundled ones the content script
 * reads; the page fetches nothing.
 */
localizePage(i18n.t('database.title'));
const style = document.createElement('style');
style.textContent = `${partsCss}\n${css}`;
document.head.append(style);
/** The person's motion choice, for the page's CSS (see database.css), kept current while the page is open. */
const applyMotion = (settings: Settings) => {
  document.documentElement.dataset.motion = settings.motion;
};
watchSettings(applyMotion);
// Rendered once the choice is known, so a permalink's first scroll already honours it (never throws).
void loadSettings().then((settings) => {
  applyMotion(settings);
  createRoot(document.getElementById('root')!).render(<DatabaseBrowser claims={getClaims()} />);
});
