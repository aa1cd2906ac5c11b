/** The growing social feed in real Firefox: new posts read as they arrive (test/e2e/specs/social-feed.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeSocialFeed } from '../specs/social-feed.spec';

describeSocialFeed(() => launchFirefoxSession(FIXTURES_DIR));
