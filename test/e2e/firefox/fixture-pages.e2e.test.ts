/** The golden pages in real Firefox (test/e2e/specs/fixture-pages.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeFixturePages } from '../specs/fixture-pages.spec';

describeFixturePages(() => launchFirefoxSession(FIXTURES_DIR));
