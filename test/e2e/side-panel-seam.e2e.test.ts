/** The side panel through the browser seam in Chromium (test/e2e/specs/side-panel.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeSidePanel } from './specs/side-panel.spec';

describeSidePanel(launchChromiumSeam);
