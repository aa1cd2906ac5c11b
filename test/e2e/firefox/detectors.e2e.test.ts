/**
 * The Firefox run's negative checks ("no request beyond 127.0.0.1", "no errors") would pass
 * vacuously if their recorders saw nothing. Here each recorder is shown what it must catch: a
 * page's requests to other hosts (seen by BiDi and by the trap proxy, which refuses them, so
 * nothing leaves the machine), a page error, and an uncaught error in an extension page, which
 * Firefox reports only on its own output. And a missing Firefox is an error, never a skip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, type E2EBrowser, type E2EPage } from '../lib/browser-seam';
import { FIXTURES_DIR } from '../lib/expected';
import { findFirefox, FIREFOX_INSTALL_HINT, requireFirefox } from '../lib/firefox';
import { launchFirefoxSession } from '../lib/firefox-session';

describe('the recorders catch what they must', () => {
  let browser: E2EBrowser;
  let page: E2EPage;
  beforeAll(async () => {
    browser = await launchFirefoxSession(FIXTURES_DIR);
    page = await browser.open('/demo.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an uncaught error in a page and in an extension page (Firefox stdout) is recorded', async () => {
    const popup = await browser.openPopup(page);
    await popup.evaluate(() => void Promise.reject(new Error('canary-extension-page')), undefined);
    await page.evaluate(() => void setTimeout(() => { throw new Error('canary-page'); }), undefined);
    const errors = await pollFor(async () => browser.errors(), (e) => e.length >= 2, 5000);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^JavaScript error: moz-extension:\/\/.*canary-extension-page/),
        expect.stringMatching(/demo\.html: .*canary-page/),
      ]),
    );
  });

  it('requests beyond 127.0.0.1 are reported, by BiDi and by the trap proxy', async () => {
    await page.evaluate(() => {
      void fetch('http://192.0.2.1/canary').catch(() => undefined); // TEST-NET-1: never routed
      new Image().src = 'https://canary.invalid/pixel.png';
    }, undefined);
    await new Promise((ok) => setTimeout(ok, 1000));
    const { leaks } = await browser.close();
    expect(leaks).toEqual(
      expect.arrayContaining([
        'http://192.0.2.1/canary',
        'https://canary.invalid/pixel.png',
        'via proxy: http://192.0.2.1/canary',
        'via proxy: canary.invalid:443',
      ]),
    );
  });
});

describe('finding Firefox', () => {
  // Vitest reports tests whose beforeAll threw as skipped; this one fails by name when Firefox is missing.
  it('Firefox is installed (CI installs firefox-esr when it is missing)', () => {
    expect(findFirefox(), FIREFOX_INSTALL_HINT).toBeDefined();
  });

  it('a missing Firefox throws the install hint (the suite fails rather than skips)', () => {
    const saved = process.env.GUTCHECK_FIREFOX;
    process.env.GUTCHECK_FIREFOX = '/nonexistent/firefox';
    try {
      expect(() => requireFirefox()).toThrow(FIREFOX_INSTALL_HINT);
    } finally {
      if (saved === undefined) delete process.env.GUTCHECK_FIREFOX;
      else process.env.GUTCHECK_FIREFOX = saved;
    }
  });
});
