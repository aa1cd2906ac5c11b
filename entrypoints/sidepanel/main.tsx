import { createRoot } from 'react-dom/client';
import partsCss from '@/components/evidence-parts.css?inline';
import { localizePage } from '../lib/page-locale';
import { App } from './App';
import css from './sidepanel.css?inline';

/**
 * The side panel (Chrome side_panel, Firefox sidebar_action; WXT writes both from this one
 * entrypoint). Bundled and offline like every GutCheck page: it fetches nothing.
 */
localizePage();
const style = document.createElement('style');
style.textContent = `${partsCss}\n${css}`;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<App />);
