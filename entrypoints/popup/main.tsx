import { createRoot } from 'react-dom/client';
import { localizePage } from '../lib/page-locale';
import { App } from './App';
import css from './popup.css?inline';

/** The toolbar popup: where GutCheck runs (this site, everywhere) and the saved reports. */
localizePage();
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<App />);
