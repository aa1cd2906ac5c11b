/** The shorter evidence card in real Firefox (test/e2e/specs/evidence-card.spec.ts). */
import { FIXTURES_DIR } from '../lib/expected';
import { launchFirefoxSession } from '../lib/firefox-session';
import { describeEvidenceCard } from '../specs/evidence-card.spec';

describeEvidenceCard(() => launchFirefoxSession(FIXTURES_DIR));
