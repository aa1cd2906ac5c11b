/** Pages that break extensions, in real Firefox (test/e2e/specs/hostile-pages.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeHostilePages } from '../specs/hostile-pages.spec';

describeHostilePages(() => launchFirefoxSession(FIXTURES_DIR));
