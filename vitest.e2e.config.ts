import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (.output/chrome-mv3); run `npm run build` first.
export default defineConfig({
  // The specs validate what the background holds with the extension's own schemas, which import '@/…'.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    exclude: ['test/e2e/firefox/**'], // Firefox has its own run: vitest.e2e-firefox.config.ts
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
