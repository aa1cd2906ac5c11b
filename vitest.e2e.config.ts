import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (.output/chrome-mv3); run `npm run build` first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
