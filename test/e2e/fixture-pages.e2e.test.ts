/**
 * Every golden page in test/fixtures/pages, in Chromium with the built extension, through the
 * browser seam: the same spec the Firefox run uses (test/e2e/specs/fixture-pages.spec.ts): marks,
 * cards, badge, the page left exactly as it was, no errors, no request beyond 127.0.0.1.
 */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeFixturePages } from './specs/fixture-pages.spec';

describeFixturePages(launchChromiumSeam);
