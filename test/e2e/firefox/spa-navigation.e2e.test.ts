/** SPA navigation (pushState and the Navigation API, Back included) in real Firefox (test/e2e/specs/spa-navigation.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeSpaNavigation } from '../specs/spa-navigation.spec';

describeSpaNavigation(() => launchFirefoxSession(FIXTURES_DIR));
