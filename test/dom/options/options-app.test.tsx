import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_KEY } from '@/entrypoints/lib/site-mode';
import { App } from '@/entrypoints/options/App';
import { reactHost } from '../react-host';

/*
 * The options page wired to the (fake) storage.local, for what the sections alone cannot show:
 * the note when the stored settings were damaged, or when the browser refuses to save a change.
 * The popup's note is covered end to end (popup-modes.e2e.test.ts).
 */
const dom = reactHost();
const q = <T extends HTMLElement = HTMLElement>(id: string) => dom.host.querySelector<T>(`[data-testid="${id}"]`);
const note = () => q('settings-note');

async function renderApp(): Promise<void> {
  await act(async () => dom.root.render(<App claimOf={() => undefined} />));
  await vi.waitFor(() => expect(q('mode-everywhere')).not.toBeNull());
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('options page settings note', () => {
  it('says damaged settings were repaired, and shows the parts that could be read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'loud', sites: { 'a.example': 'badge', 'b.example': 7 } } });
    await renderApp();
    await vi.waitFor(() => expect(note()).not.toBeNull());
    expect(note()!.textContent).toBe('Some saved GutCheck settings were damaged. The parts that could be read are kept; the rest are back to their defaults.');
    expect(note()!.getAttribute('role')).toBe('status');
    expect(q<HTMLSelectElement>('mode-everywhere')!.value, 'the unreadable mode is back to its default').toBe('marks');
    const sites = [...dom.host.querySelectorAll<HTMLElement>('[data-testid="site"]')];
    expect(sites.map((li) => li.dataset.host), 'the bad site entry dropped, the good one kept').toEqual(['a.example']);
    expect(sites[0]!.querySelector('select')!.value).toBe('badge');
  });

  it('says a change was not saved when storage refuses it (a full quota), and clears once a save succeeds', async () => {
    await renderApp();
    expect(note()).toBeNull();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await choose(q<HTMLSelectElement>('mode-everywhere')!, 'badge');
    await vi.waitFor(() => expect(note()).not.toBeNull());
    expect(set).toHaveBeenCalled();
    expect(note()!.textContent).toBe('This change could not be saved (the browser refused to store it). It will be lost when the browser closes.');
    expect(q<HTMLSelectElement>('mode-everywhere')!.value, 'the page keeps the person’s choice').toBe('badge');

    await choose(q<HTMLSelectElement>('mode-everywhere')!, 'off');
    await vi.waitFor(() => expect(note()).toBeNull());
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ mode: 'off' });
  });
});
