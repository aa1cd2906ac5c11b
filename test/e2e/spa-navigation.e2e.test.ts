/**
 * SPA navigation in Chromium, through the browser seam (test/e2e/specs/spa-navigation.spec.ts;
 * Firefox runs the same spec), with the work probe: only Chromium shows the content script's
 * world, where the text it reads is counted.
 */
import { launchChromiumSeam, watchWork } from './lib/chromium-seam';
import { describeSpaNavigation } from './specs/spa-navigation.spec';

describeSpaNavigation(launchChromiumSeam, watchWork);
