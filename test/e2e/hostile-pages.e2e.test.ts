/** Pages that break extensions, in Chromium through the browser seam (test/e2e/specs/hostile-pages.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam, watchWork } from './lib/chromium-seam';
import { describeHostilePages } from './specs/hostile-pages.spec';

describeHostilePages(launchChromiumSeam, watchWork);
