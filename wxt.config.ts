import { defineConfig } from 'wxt';
import { loadDatabase } from './claims/cli/load-database';
import { checkBundledData } from './claims/engine/bundled-data';
import { quietScriptStart } from './scripts/quiet-script-start';

export default defineConfig({
  // @wxt-dev/i18n turns locales/<lang>.yml into _locales/<lang>/messages.json and types `i18n.t`.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    // Name and description come from locales/<lang>.yml (app.name, app.description), so a store
    // listing in another language shows them in that language.
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'en',
    // storage (settings, wrong-match reports, per-tab results); scripting, to load the checker
    // only into pages that mention gut health (the watch script on every page is a few KB); and,
    // in Chrome, sidePanel (the panel that lists the page's claims; it gives no access to pages).
    // The checker's matches (http and https pages, as the watch script's) become the host
    // permissions. No "tabs": the popup and the panel ask the page itself. Firefox's
    // sidebar_action needs no permission.
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'sidePanel'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox honours data_collection_permissions (required by AMO for new add-ons) from 140
        // on desktop and 142 on Android; older versions would ignore the "collects nothing" promise.
        gecko: {
          id: 'gutcheck@gutcheck.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The claims, the vocabulary and the stance model are bundled as data and trusted at run
    // time (no schema parse in every tab): a bad file must fail the build, naming the file and
    // field, rather than misbehave in every reader's browser.
    'build:before': () => {
      const claims = loadDatabase();
      if (!claims.length) throw new Error('claims/data holds no claims');
      checkBundledData();
    },
  },
  // The sources zip (for AMO review) holds what a rebuild needs. WXT does not read .gitignore, so
  // test output, built output (dist/, the command's prebuilt JavaScript) and the store screenshot
  // (rewritten by the e2e tests) are left out by name: the zip then depends on the sources alone.
  // WXT's start-up announcement stays inside the extension's own world (see quiet-script-start.ts).
  vite: () => ({ plugins: [quietScriptStart()] }),
  zip: { excludeSources: ['e2e-out/**', 'out/**', 'dist/**', 'store/*.png'] },
});
