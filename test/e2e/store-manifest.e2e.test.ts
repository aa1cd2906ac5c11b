/**
 * The built manifests (.output/<target>/manifest.json, as the stores receive them) against an
 * explicit expected object, written out by hand and never auto-updated: a new permission, host
 * permission, match pattern, web-accessible resource or any other new key fails here, and
 * changing this file is the visible, reviewed step that a store listing's permission
 * justification (store/permissions.md) must follow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, packageVersion, readBuiltManifest, TARGETS, type Target } from './lib/built';

const DESCRIPTION = 'Checks leaky-gut health claims on the page you are reading. Sends nothing anywhere.';
/** Name and description are messages of the default locale (locales/en.yml app.*), so a store listing in another language shows its own. */
const LOCALIZED = { name: '__MSG_app_name__', description: '__MSG_app_description__', default_locale: 'en' };
const ICONS = { '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png', '128': 'icon/128.png' };
const TOOLBAR_ICON = { '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png' };
/**
 * Every http(s) page gets the watch script only (a few KB: it looks for a gut-health word); the
 * checker (content-scripts/scan.js) is loaded by the background through `scripting` where one is
 * found, which needs the same pages as host permissions.
 */
const CONTENT_SCRIPTS = [
  { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content-scripts/watch.js'] },
];
const HOSTS = ['http://*/*', 'https://*/*'];
const TOOLBAR = { default_icon: TOOLBAR_ICON, default_title: 'GutCheck', default_popup: 'popup.html' };
/** The options page, in a tab of its own (no permission: an extension's own page). */
const OPTIONS = { page: 'options.html', open_in_tab: true };

/** The whole manifest of each target. Host permissions as the content script's matches; no web_accessible_resources, no CSP changes. */
function expectedManifest(target: Target): Record<string, unknown> {
  const common = { ...LOCALIZED, version: packageVersion(), icons: ICONS };
  if (target === 'chrome-mv3') {
    return {
      manifest_version: 3,
      ...common,
      // scripting: loads the checker where the watch script found the topic. sidePanel: the
      // panel listing the page's claims (side_panel below); it reads no page.
      permissions: ['storage', 'scripting', 'sidePanel'],
      background: { service_worker: 'background.js' },
      action: TOOLBAR,
      options_ui: OPTIONS,
      // On every tab, so the open panel follows the reader from tab to tab.
      side_panel: { default_path: 'sidepanel.html' },
      content_scripts: CONTENT_SCRIPTS,
      host_permissions: HOSTS,
    };
  }
  return {
    manifest_version: 2,
    ...common,
    // Manifest V2 lists host permissions among the permissions.
    permissions: ['storage', 'scripting', ...HOSTS],
    browser_specific_settings: {
      gecko: {
        id: 'gutcheck@gutcheck.invalid',
        // data_collection_permissions is honoured from Firefox 140 (desktop) and 142 (Android).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
    background: { scripts: ['background.js'] },
    browser_action: TOOLBAR,
    options_ui: OPTIONS,
    // Firefox's sidebar needs no permission; it does not open by itself at install.
    sidebar_action: { default_panel: 'sidepanel.html', default_title: 'GutCheck', open_at_install: false },
    content_scripts: CONTENT_SCRIPTS,
  };
}

/** Every permission each target asks for; a new one must be justified in store/permissions.md and the README. */
const PERMISSIONS: Readonly<Record<Target, string[]>> = {
  'chrome-mv3': ['storage', 'scripting', 'sidePanel', ...HOSTS],
  'firefox-mv2': ['storage', 'scripting', ...HOSTS],
};

/** Width and height from a PNG's IHDR chunk (bytes 16-23), so a mislabelled icon size fails. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(TARGETS)('built manifest: %s', (target) => {
  const manifest = readBuiltManifest(target);

  it('is exactly the reviewed manifest (permissions, matches, icons, min versions, data collection)', () => {
    expect(manifest).toStrictEqual(expectedManifest(target));
  });

  it(`asks for ${PERMISSIONS[target].join(', ')} only: no optional or other permissions`, () => {
    const asked = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions']
      .flatMap((key) => (manifest[key] as string[] | undefined) ?? []);
    expect(asked).toEqual(PERMISSIONS[target]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('names the extension GutCheck and describes it in the reviewed words, through the default locale', () => {
    const messages = JSON.parse(readFileSync(join(builtDir(target), '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.app_name?.message).toBe('GutCheck');
    expect(messages.app_description?.message).toBe(DESCRIPTION);
    // Chrome's limits for the manifest's name and description.
    expect(messages.app_name!.message.length).toBeLessThanOrEqual(75);
    expect(messages.app_description!.message.length).toBeLessThanOrEqual(132);
  });

  it('every declared icon is a PNG of its stated size', () => {
    const declared = { ...ICONS, ...TOOLBAR_ICON };
    for (const [size, path] of Object.entries(declared)) {
      expect(pngSize(join(builtDir(target), path)), path).toEqual([Number(size), Number(size)]);
    }
  });
});
