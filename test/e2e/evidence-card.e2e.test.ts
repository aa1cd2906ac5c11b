/** The shorter evidence card through the browser seam in Chromium (test/e2e/specs/evidence-card.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeEvidenceCard } from './specs/evidence-card.spec';

describeEvidenceCard(launchChromiumSeam);
