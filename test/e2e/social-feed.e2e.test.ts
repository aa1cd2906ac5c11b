/** The growing social feed in Chromium, through the browser seam (test/e2e/specs/social-feed.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeSocialFeed } from './specs/social-feed.spec';

describeSocialFeed(launchChromiumSeam);
