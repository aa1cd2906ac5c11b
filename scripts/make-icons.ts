/**
 * Renders assets/icon.svg to public/icon/<size>.png, the files WXT puts in the manifest's
 * `icons` (it finds public/icon/<size>.png by name). Uses the same headless Chromium as the
 * end-to-end tests, so no image tool has to be installed. Run after editing the SVG:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * The PNGs are committed: the build never runs this (it would need Chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { requireChromium } from '../test/e2e/lib/chromium';

/** Chrome and AMO ask for 16/32/48/128; the toolbar uses 16 and 32 (16 px at 2x). */
const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * Transparent margin per side. The Chrome Web Store asks for the 128 px icon as 96 px of artwork
 * inside 16 px of transparent padding (developer.chrome.com/docs/webstore/images#icons); the
 * small sizes use every pixel so the check stays legible.
 */
const PADDING: Record<number, number> = { 128: 16 };

async function main(): Promise<void> {
  const svg = readFileSync('assets/icon.svg', 'utf8');
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: ['--no-sandbox'] });
  try {
    mkdirSync('public/icon', { recursive: true });
    for (const size of ICON_SIZES) {
      // deviceScaleFactor 1: one CSS pixel per PNG pixel, so the file is exactly size x size.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const pad = PADDING[size] ?? 0;
      const art = size - 2 * pad;
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${art}" height="${art}"`);
      const css = `html,body{margin:0;background:transparent}svg{display:block;margin:${pad}px}`;
      await page.setContent(`<!doctype html><style>${css}</style>${sized}`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(`public/icon/${size}.png`, png);
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
