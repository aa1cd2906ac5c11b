import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/lib/background-handlers';
import type { PageClaim } from '@/entrypoints/lib/messages';
import { withSiteMode } from '@/entrypoints/lib/settings';
import { loadSettings, saveSettings } from '@/entrypoints/lib/settings-store';
import { putTabResults } from '@/entrypoints/lib/tab-results';
import { App } from '@/entrypoints/sidepanel/App';
import { reactHost } from '../react-host';

/*
 * The side panel page wired to the (fake) browser: the background answers get-tab-results as
 * background.ts does, and each tab's watch script is a stub of tabs.sendMessage. What is
 * tested is which tab the panel follows and that it follows that tab's results as they change.
 */
const claim = (id: string, text: string, stance: PageClaim['stance'] = 'asserts'): PageClaim => ({ id, stance, verdict: 'unsupported', text });
const BROTH = claim('bone-broth-heals-gut', 'bone broth heals your gut lining');
const SKIN = claim('leaky-gut-skin', 'your eczema is a leaky gut problem');

const dom = reactHost();
/** What each tab's watch script answers; a tab missing here has none (sendMessage rejects). */
let pages: Map<number, { url: string; watch: 'watching' }>;
let sent: { tabId: number; message: unknown }[];
const ids = () => [...dom.host.querySelectorAll<HTMLElement>('[data-testid="panel-claim"]')].map((e) => e.dataset.claimId);
const count = () => dom.host.querySelector('[data-testid="panel-count"]')?.textContent;

async function newTab(url: string, active = true): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active });
  pages.set(tab.id!, { url, watch: 'watching' });
  return tab.id!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true }); // the panel's window: "currentWindow" in tabs.query
  pages = new Map();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const reply = handleMessage(raw, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  });
  fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: { type: string }) => {
    sent.push({ tabId, message });
    const page = pages.get(tabId);
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.type === 'get-page-info' ? page : { found: true };
  }) as never;
  history.replaceState(null, '', '/sidepanel.html');
});

describe('side panel page', () => {
  it('lists the active tab’s claims, follows them as the page grows, and follows the reader to another tab', async () => {
    const a = await newTab('https://a.example/post');
    await putTabResults(a, { url: 'https://a.example/post', claims: [BROTH] });
    act(() => dom.root.render(<App />));
    await vi.waitFor(() => expect(ids()).toEqual(['bone-broth-heals-gut']));
    expect(count()).toBe('1 claim on a.example');

    await act(() => putTabResults(a, { url: 'https://a.example/post', claims: [BROTH, SKIN] }));
    await vi.waitFor(() => expect(ids()).toEqual(['bone-broth-heals-gut', 'leaky-gut-skin']));

    const b = await newTab('https://b.example/', false);
    await putTabResults(b, { url: 'https://b.example/', claims: [SKIN] });
    await act(() => fakeBrowser.tabs.update(b, { active: true }));
    await vi.waitFor(() => expect(count()).toBe('1 claim on b.example'));
    expect(ids()).toEqual(['leaky-gut-skin']);
  });

  it('?tabId= pins one tab (the tests open the panel as a tab of its own)', async () => {
    const a = await newTab('https://a.example/');
    await putTabResults(a, { url: 'https://a.example/', claims: [BROTH] });
    history.replaceState(null, '', `/sidepanel.html?tabId=${a}`);
    await newTab('https://elsewhere.example/');
    act(() => dom.root.render(<App />));
    await vi.waitFor(() => expect(ids()).toEqual(['bone-broth-heals-gut']));
    expect(count()).toBe('1 claim on a.example');
  });

  it('asks the followed tab to show a passage, naming it as the results do', async () => {
    const a = await newTab('https://a.example/');
    await putTabResults(a, { url: 'https://a.example/', claims: [BROTH] });
    act(() => dom.root.render(<App />));
    await vi.waitFor(() => expect(ids()).toEqual(['bone-broth-heals-gut']));
    await act(async () => dom.host.querySelector<HTMLElement>('[data-testid="panel-passage"]')!.click());
    expect(sent.at(-1)).toEqual({ tabId: a, message: { type: 'reveal-passage', id: BROTH.id, stance: 'asserts', text: BROTH.text } });
  });

  it('a tab that has not started GutCheck yet reads as loading, then lists its claims once it answers', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://late.example/', active: true });
    await putTabResults(tab.id!, { url: 'https://late.example/', claims: [BROTH] });
    act(() => dom.root.render(<App />));
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(count()).toBe('Reading the page…');
    pages.set(tab.id!, { url: 'https://late.example/', watch: 'watching' }); // the watch script starts: asked again, it answers
    await vi.waitFor(() => expect(ids()).toEqual(['bone-broth-heals-gut']), { timeout: 3000 });
  });

  it('says so where GutCheck does not run (after asking again a few times), and where it is paused', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: true });
    act(() => dom.root.render(<App />));
    await vi.waitFor(() => expect(count()).toMatch(/^GutCheck does not run on this page/), { timeout: 15_000 });
    expect(sent.filter((m) => m.tabId === tab.id).length, 'asked more than once').toBeGreaterThan(2);
    // Paused is the settings' word for this site, whatever the page has loaded.
    await saveSettings(withSiteMode(await loadSettings(), 'paused.example', 'off'));
    pages.set(tab.id!, { url: 'https://paused.example/', watch: 'watching' });
    await act(() => putTabResults(tab.id!, { url: 'https://paused.example/', claims: [] }));
    await vi.waitFor(() => expect(count()).toMatch(/^GutCheck is paused on this site/));
  });
});
