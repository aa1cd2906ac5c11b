import { createRoot } from 'react-dom/client';
import { getClaims } from '@/claims/bundle';
import { DatabaseBrowser } from '@/components/database/DatabaseBrowser';
import partsCss from '@/components/evidence-parts.css?inline';
import css from './database.css?inline';

/**
 * The claims database page (database.html, an unlisted page: no manifest key). Opened from the
 * evidence card's "More about this claim" through the background, never linked from web pages,
 * so it needs no web_accessible_resources. The claims are the bundled ones the content script
 * reads; the page fetches nothing.
 */
const style = document.createElement('style');
style.textContent = `${partsCss}\n${css}`;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<DatabaseBrowser claims={getClaims()} />);
