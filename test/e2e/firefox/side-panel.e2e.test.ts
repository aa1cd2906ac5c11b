/** The side panel (Firefox's sidebar page), its text check and the popup's counts, in real Firefox (test/e2e/specs/side-panel.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeSidePanel } from '../specs/side-panel.spec';

describeSidePanel(() => launchFirefoxSession(FIXTURES_DIR));
