import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'GutCheck',
    description: 'Checks leaky-gut health claims on the page you are reading. Sends nothing anywhere.',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'gutcheck@gutcheck.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  zip: { excludeSources: ['e2e-out/**', 'out/**'] },
});
