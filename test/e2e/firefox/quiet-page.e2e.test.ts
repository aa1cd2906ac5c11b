/** The hard-negative page in real Firefox, absence asserted only after a positive signal (test/e2e/specs/quiet-page.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeQuietPage } from '../specs/quiet-page.spec';

describeQuietPage(() => launchFirefoxSession(FIXTURES_DIR));
