/**
 * The hard-negative page in Chromium, through the browser seam: the same spec the Firefox run
 * uses (test/e2e/specs/quiet-page.spec.ts), so "nothing marked" is asserted only after GutCheck
 * reported on the page, in both browsers.
 */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeQuietPage } from './specs/quiet-page.spec';

describeQuietPage(launchChromiumSeam);
