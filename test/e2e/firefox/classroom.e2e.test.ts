/** Classroom mode in real Firefox: demo page, presenter stepping and a guess, the presenter on a tab (test/e2e/specs/classroom.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeClassroom } from '../specs/classroom.spec';

describeClassroom(() => launchFirefoxSession(FIXTURES_DIR));
