import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests. End-to-end tests in real Chromium have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // browser.i18n.getMessage answered from locales/en.yml, so components render their real English.
    setupFiles: ['test/setup/i18n.ts'],
    // Timing is the benchmarks' job: a test that waits out real retry delays (the side panel asks a
    // silent tab again at 0.3, 1 and 2 s) must not fail because CI's two cores are busy.
    testTimeout: 20_000,
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/dom/**/*.test.ts', 'test/dom/**/*.test.tsx'],
  },
});
