/**
 * "See more" by class and style in Chromium, through the browser seam (test/e2e/specs/see-more.spec.ts;
 * Firefox runs the same spec), with the work probe: only Chromium shows the content script's
 * world, where the text it reads is counted.
 */
import { launchChromiumSeam, watchWork } from './lib/chromium-seam';
import { describeSeeMore } from './specs/see-more.spec';

describeSeeMore(launchChromiumSeam, watchWork);
