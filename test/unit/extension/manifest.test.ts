import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;

/** A new permission must be a visible, reviewed change: this snapshot fails until it is updated. */
describe('manifest permissions', () => {
  const manifest = config.manifest as unknown as ManifestFn;
  // scripting loads the checker into pages that mention gut health; Chrome's side panel needs
  // "sidePanel" (it gives no access to pages); Firefox's sidebar needs none. The host permissions
  // come from the checker's matches (WXT adds them): the built manifests are checked in
  // test/e2e/store-manifest.e2e.test.ts.
  const ASKED = { chrome: ['storage', 'scripting', 'sidePanel'], firefox: ['storage', 'scripting'] };
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`asks only for ${ASKED[browser].join(', ')} on ${browser}, and no host permission of its own`, () => {
      const m = manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
      expect(m.permissions).toEqual(ASKED[browser]);
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_permissions).toBeUndefined();
    });
  }

  it('validates the claims database before every build', () => {
    const hooks = config.hooks as Record<string, unknown> | undefined;
    expect(typeof hooks?.['build:before']).toBe('function');
  });
});
