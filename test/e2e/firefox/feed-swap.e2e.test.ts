/** A timeline swapping its feed container, in real Firefox (test/e2e/specs/feed-swap.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeFeedSwap } from '../specs/feed-swap.spec';

describeFeedSwap(() => launchFirefoxSession(FIXTURES_DIR));
