import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, handleTabLoading } from '@/entrypoints/lib/background-handlers';
import { badgeDoubtful, badgeText, messageSchema, revealPassageSchema, revealReplySchema, tabKey, type PageClaim } from '@/entrypoints/lib/messages';
import { CHECKER_FILE } from '@/entrypoints/lib/load-checker';
import { BADGE_COLORS } from '@/entrypoints/lib/tab-results';

const claim = (id: string, stance: PageClaim['stance'] = 'asserts', verdict: PageClaim['verdict'] = 'unsupported'): PageClaim => ({ id, stance, verdict, text: `about ${id}` });
const results = (url: string, claims: PageClaim[]) => ({ type: 'scan-results', url, claims });
const fromTab = (id: number, frameId = 0) => ({ tab: { id } as never, frameId });

describe('message schemas', () => {
  it('accepts the three message types and rejects anything else', () => {
    expect(messageSchema.safeParse(results('https://a.example/', [claim('x')])).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'get-tab-results', tabId: 3 }).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'get-tab-results', tabId: -1 }).success).toBe(false);
    expect(messageSchema.safeParse({ type: 'scan-results', url: 'u', claims: [{ id: 'x' }] }).success).toBe(false);
    expect(messageSchema.safeParse({ type: 'delete-everything' }).success).toBe(false);
    expect(messageSchema.safeParse({ type: 'open-database', id: 'candida-causes-leaky-gut' }).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'open-database', id: '../popup.html' }).success).toBe(false);
  });

  it('takes the side panel\'s "show this passage" only with a claim id, a stance and a passage as the results trim it', () => {
    const ok = { type: 'reveal-passage', id: 'bone-broth-heals-gut', stance: 'asserts', text: 'bone broth heals your gut' };
    expect(revealPassageSchema.safeParse(ok).success).toBe(true);
    expect(revealPassageSchema.safeParse({ ...ok, id: '../popup.html' }).success).toBe(false);
    expect(revealPassageSchema.safeParse({ ...ok, stance: 'shouts' }).success).toBe(false);
    expect(revealPassageSchema.safeParse({ ...ok, text: 'x'.repeat(301) }).success).toBe(false);
    expect(revealPassageSchema.safeParse({ ...ok, selector: 'body' }).success, 'nothing else rides along').toBe(false);
    expect(messageSchema.safeParse(ok).success, 'the background does not take it').toBe(false);
    expect(revealReplySchema.safeParse({ found: true }).success).toBe(true);
    expect(revealReplySchema.safeParse({ found: 'yes' }).success).toBe(false);
  });

  it('counts distinct asserted claim ids for the badge, empty for none', () => {
    expect(badgeText([])).toBe('');
    expect(badgeText([claim('a', 'refutes'), claim('b', 'mentions')])).toBe('');
    expect(badgeText([claim('a'), claim('a'), claim('b'), claim('c', 'refutes')])).toBe('2');
  });

  it('calls a page doubtful only when a claim it asserts is overstated, unsupported or contradicted', () => {
    expect(badgeDoubtful([claim('a', 'asserts', 'supported'), claim('b', 'asserts', 'mixed')])).toBe(false);
    expect(badgeDoubtful([claim('a', 'asserts', 'supported'), claim('c', 'refutes', 'contradicted')])).toBe(false);
    expect(badgeDoubtful([claim('a', 'asserts', 'supported'), claim('d', 'asserts', 'overstated')])).toBe(true);
  });
});

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

  it('stores per-tab results in storage.session and sets that tab\'s badge', async () => {
    await handleMessage(results('https://a.example/p', [claim('a'), claim('b'), claim('b')]), fromTab(7));
    expect(await badge(7)).toBe('2');
    expect((await fakeBrowser.storage.session.get(tabKey(7)))[tabKey(7)]).toMatchObject({ url: 'https://a.example/p' });
    expect(await handleMessage({ type: 'get-tab-results', tabId: 7 }, {})).toMatchObject({ claims: expect.any(Array) });
    expect(await handleMessage({ type: 'get-tab-results', tabId: 8 }, {})).toBeNull();
  });

  it('colours the badge by whether any asserted claim is doubtful, keeping the count', async () => {
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    await handleMessage(results('https://careful.example/', [claim('a', 'asserts', 'supported'), claim('b', 'asserts', 'mixed')]), fromTab(5));
    expect(await badge(5)).toBe('2');
    expect(color).toHaveBeenLastCalledWith({ tabId: 5, color: BADGE_COLORS.sound });
    await handleMessage(results('https://careful.example/', [claim('a', 'asserts', 'supported'), claim('c', 'asserts', 'unsupported')]), fromTab(5));
    expect(color).toHaveBeenLastCalledWith({ tabId: 5, color: BADGE_COLORS.doubtful });
  });

  it('updates the badge as the feed grows and empties it when nothing is asserted', async () => {
    await handleMessage(results('https://a.example/', [claim('a')]), fromTab(2));
    await handleMessage(results('https://a.example/', [claim('a'), claim('b'), claim('c')]), fromTab(2));
    expect(await badge(2)).toBe('3');
    await handleMessage(results('https://a.example/', [claim('a', 'refutes')]), fromTab(2));
    expect(await badge(2)).toBe('');
  });

  it('opens the database page at the asked entry, in a new tab beside the reader\'s page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 9 } as never);
    await handleMessage({ type: 'open-database', id: 'candida-causes-leaky-gut' }, { tab: { id: 4, index: 2 } as never, frameId: 0 });
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/database.html#candida-causes-leaky-gut'),
      openerTabId: 4,
      index: 3,
    });
    create.mockRestore();
  });

  it('loads the checker into the frame whose watch script asked, and into nothing without a tab', async () => {
    // The fake browser has no scripting API: a stub stands for executeScript.
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    expect(await handleMessage({ type: 'load-checker' }, fromTab(6, 2))).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 6, frameIds: [2] }, files: [CHECKER_FILE] });
    // Where the browser names the asking document (Chrome), that document, not whatever the frame holds now.
    expect(await handleMessage({ type: 'load-checker' }, { ...fromTab(6), documentId: 'D1' })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 6, documentIds: ['D1'] }, files: [CHECKER_FILE] });
    expect(await handleMessage({ type: 'load-checker' }, {})).toEqual({ ok: false });
    expect(handleMessage({ type: 'load-checker', files: ['evil.js'] }, fromTab(6))).toBeNull();
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('ignores invalid messages, messages without a tab and sub-frames', () => {
    expect(handleMessage({ type: 'scan-results' }, fromTab(1))).toBeNull();
    expect(handleMessage(results('https://a.example/', [claim('a')]), {})).toBeNull();
    expect(handleMessage(results('https://a.example/', [claim('a')]), fromTab(1, 3))).toBeNull();
  });

  it('clears a tab when it loads another page, but not its own fresh SPA results', async () => {
    await handleMessage(results('https://a.example/one', [claim('a')]), fromTab(4));
    await handleTabLoading(4, 'https://a.example/one#comments');
    expect(await badge(4)).toBe('1');
    await handleTabLoading(4, 'https://b.example/');
    expect(await badge(4)).toBe('');
    expect(await fakeBrowser.storage.session.get(tabKey(4))).toEqual({});
  });

  it('keeps an SPA\'s report for its new URL when the tab\'s "loading" event arrives at the same time', async () => {
    // history.pushState/replaceState: the page reports the new URL while Chrome announces it as loading.
    for (const loadingFirst of [true, false]) {
      await handleMessage(results('https://a.example/one', [claim('a')]), fromTab(5));
      const report = () => handleMessage(results('https://a.example/two', [claim('a'), claim('b')]), fromTab(5));
      const loading = () => handleTabLoading(5, 'https://a.example/two');
      await Promise.all(loadingFirst ? [loading(), report()] : [report(), loading()]);
      expect(await badge(5), `loading event first: ${loadingFirst}`).toBe('2');
      expect((await fakeBrowser.storage.session.get(tabKey(5)))[tabKey(5)]).toMatchObject({ url: 'https://a.example/two' });
    }
  });
});
