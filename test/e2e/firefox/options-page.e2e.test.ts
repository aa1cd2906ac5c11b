/** The options page and its persistence across a restart, in real Firefox (test/e2e/specs/options-page.spec.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeOptionsPage } from '../specs/options-page.spec';

describeOptionsPage((profileDir) => launchFirefoxSession(FIXTURES_DIR, profileDir), mkdtempSync(join(tmpdir(), 'gutcheck-ff-options-')));
