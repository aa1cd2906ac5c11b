import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Firefox (firefox-esr over WebDriver BiDi) with the built extension (.output/firefox-mv2);
// run `npx wxt build -b firefox` first. One browser per file, files one after another.
export default defineConfig({
  // The specs validate what the background holds with the extension's own schemas, which import '@/…'.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/e2e/firefox/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
