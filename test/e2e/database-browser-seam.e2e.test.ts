/** The database page through the browser seam in Chromium (test/e2e/specs/database-browser.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeDatabaseBrowser } from './specs/database-browser.spec';

describeDatabaseBrowser(launchChromiumSeam);
