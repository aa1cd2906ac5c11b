/** The database page and the card's way into it, in real Firefox (test/e2e/specs/database-browser.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeDatabaseBrowser } from '../specs/database-browser.spec';

describeDatabaseBrowser(() => launchFirefoxSession(FIXTURES_DIR));
