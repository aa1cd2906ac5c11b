/**
 * A timeline swapping its feed container in Chromium, through the browser seam
 * (test/e2e/specs/feed-swap.spec.ts; Firefox runs the same spec), with the work probe: only
 * Chromium shows the content script's world, where the text it reads is counted.
 */
import { launchChromiumSeam, watchWork } from './lib/chromium-seam';
import { describeFeedSwap } from './specs/feed-swap.spec';

describeFeedSwap(launchChromiumSeam, watchWork);
