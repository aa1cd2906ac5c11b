import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDatabase } from '@/claims/cli/load-database';
import type { ScanResults } from '@/entrypoints/lib/messages';
import { PageSession } from '@/entrypoints/scan.content/page-session';

// Sentences the claims database itself says must match, so this test follows the engine as it evolves.
const db = loadDatabase();
const asserted = (id: string) => db.find((c) => c.id === id)!.examples.asserts[0]!;
const filler = 'Ordinary words about gardens and bicycles. '.repeat(60);
const post = (text: string) => `<article role="article"><p>${text}</p><p>${filler}</p></article>`;

let ctx: ContentScriptContext;
let sent: ScanResults[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    sent.push(msg as ScanResults);
  });
  ctx = new ContentScriptContext('scan-test');
  document.body.innerHTML = '';
});
afterEach(() => ctx.abort());

const lastReport = () => sent.filter((m) => m.type === 'scan-results').at(-1);
const assertedIds = () => new Set(lastReport()?.claims.filter((c) => c.stance === 'asserts').map((c) => c.id));

describe('PageSession on a live page (happy-dom)', () => {
  it('reports the page, then follows a feed that appends posts, rescanning only the new ones', async () => {
    document.body.innerHTML = `<main id="feed">${post(asserted('bone-broth-heals-gut'))}${post('Nothing to see here today.')}</main>`;
    const session = new PageSession(ctx);
    session.setMode('badge');
    await vi.waitFor(() => expect(assertedIds()).toEqual(new Set(['bone-broth-heals-gut'])), { timeout: 5000 });
    const units = session.store.units.size;

    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post(asserted('glutamine-heals-gut')));
    await vi.waitFor(() => expect(assertedIds()).toEqual(new Set(['bone-broth-heals-gut', 'glutamine-heals-gut'])), { timeout: 5000 });
    expect(session.store.units.size).toBe(units + 1);
  });

  it('ignores its own UI and style changes', async () => {
    document.body.innerHTML = `<main>${post('Nothing here.')}${post('Nor here.')}</main>`;
    const session = new PageSession(ctx);
    session.setMode('badge');
    await vi.waitFor(() => expect(lastReport()).toBeDefined(), { timeout: 5000 });
    const scan = vi.spyOn(session.store, 'setUnit');
    const own = document.createElement('gutcheck-ui');
    own.textContent = asserted('bone-broth-heals-gut');
    document.documentElement.append(own);
    const style = Object.assign(document.createElement('style'), { textContent: '::highlight(x){}' });
    style.setAttribute('data-gutcheck-ui', '');
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 300));
    expect(scan).not.toHaveBeenCalled();
    expect(assertedIds().size).toBe(0);
  });

  it('sends an empty list when switched off, and forgets the page on an SPA navigation', async () => {
    document.body.innerHTML = `<main>${post(asserted('bone-broth-heals-gut'))}${post('x')}</main>`;
    const session = new PageSession(ctx);
    session.setMode('badge');
    await vi.waitFor(() => expect(assertedIds().size).toBe(1), { timeout: 5000 });
    session.setMode('off');
    expect(lastReport()!.claims).toEqual([]);
    expect(session.store.units.size).toBe(0);

    session.setMode('badge');
    await vi.waitFor(() => expect(assertedIds().size).toBe(1), { timeout: 5000 });
    history.pushState({}, '', '/other-page');
    document.querySelector('main')!.innerHTML = post('A different page about soup.') + post('y');
    await vi.waitFor(() => expect(lastReport()!.url).toContain('/other-page'), { timeout: 5000 });
    await vi.waitFor(() => expect(assertedIds().size).toBe(0), { timeout: 5000 });
  });

  it('keeps claims of an unmarked verdict in its report (the badge) but shows, hovers and counts aloud only the others', async () => {
    document.body.innerHTML = `<main>${post(asserted('bone-broth-heals-gut'))}${post(asserted('nsaids-raise-permeability'))}</main>`;
    const session = new PageSession(ctx);
    const look = { highlight: 'underline', cardText: 'normal' } as const;
    session.setLook({ ...look, unmarked: ['supported'] });
    session.setMode('badge');
    await vi.waitFor(() => expect(assertedIds()).toEqual(new Set(['bone-broth-heals-gut', 'nsaids-raise-permeability'])), { timeout: 5000 });
    const shown = () => new Set(session.store.visibleMarks().map((m) => m.hit.id));
    expect(shown()).toEqual(new Set(['bone-broth-heals-gut']));
    expect(session.store.markedAssertedIds()).toEqual(new Set(['bone-broth-heals-gut']));
    expect(session.store.assertedIds().size, 'the popup counts like the badge').toBe(2);
    session.setLook({ ...look, unmarked: [] });
    expect(shown()).toEqual(new Set(['bone-broth-heals-gut', 'nsaids-raise-permeability']));
  });
});
