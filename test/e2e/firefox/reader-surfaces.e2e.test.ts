/** Card (click and keyboard), badge and popup modes in real Firefox (test/e2e/specs/reader-surfaces.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeReaderSurfaces } from '../specs/reader-surfaces.spec';

describeReaderSurfaces(() => launchFirefoxSession(FIXTURES_DIR));
