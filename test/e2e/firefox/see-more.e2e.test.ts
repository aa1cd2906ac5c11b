/** "See more" by class and style in real Firefox: hidden text marked once it shows (test/e2e/specs/see-more.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeSeeMore } from '../specs/see-more.spec';

describeSeeMore(() => launchFirefoxSession(FIXTURES_DIR));
