import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../claims/cli/html-text';
import { loadDatabase } from '../../claims/cli/load-database';
import { assertedOnPage, createMatcher } from '../../claims/engine';
import { expectedSchema } from '../e2e/lib/expected';

/**
 * The command and the extension read a page the same way: on the golden pages whose text is all
 * shown at load (no collapsed comments, no hidden views, which the command cannot know about),
 * `gutcheck scan` with the page title as context asserts exactly the claims the extension's badge
 * counts there (the e2e tests check the badge against the same expected files).
 */
// blog-long is left out: read as one page, its fatigue sign list scores 0.63 against a 0.65
// threshold (block by block, as the extension reads it, just above): near the threshold the two
// readings can differ, which README "Known limitations" says.
const STATIC_PAGES = ['debunk-article', 'demo', 'feed-tabs', 'hard-negative', 'social-feed', 'supplement-shop'];
const matcher = createMatcher(loadDatabase());
const dir = resolve(process.cwd(), 'test/fixtures/pages');

describe('the command reads a golden page as the extension does', () => {
  it.each(STATIC_PAGES)('%s', async (name) => {
    const expected = expectedSchema.parse(JSON.parse(readFileSync(resolve(dir, `${name}.expected.json`), 'utf8')));
    const page = await htmlToText(readFileSync(resolve(dir, `${name}.html`), 'utf8'));
    const asserted = assertedOnPage(matcher.scan(page.text, { before: page.title }));
    expect([...asserted].sort()).toEqual([...expected.asserted].sort());
  });
});
