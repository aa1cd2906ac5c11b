import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupTabId } from '@/entrypoints/popup/popup-tab';

/**
 * The popup's real path: opened from the toolbar, it speaks of the active tab of its window
 * (tabs.query, no "tabs" permission); only a popup opened in a tab of its own (the e2e tests)
 * names its tab with ?tabId=.
 */
describe('which tab the popup speaks of', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    history.replaceState(null, '', '/popup.html');
  });

  it('the active tab of its window, when opened from the toolbar', async () => {
    await fakeBrowser.tabs.create({ url: 'https://a.example/', active: false });
    const active = await fakeBrowser.tabs.create({ url: 'https://b.example/', active: true });
    expect(await popupTabId()).toBe(active.id);
  });

  it('the tab named by ?tabId=, when opened in a tab of its own', async () => {
    await fakeBrowser.tabs.create({ url: 'https://b.example/', active: true });
    history.replaceState(null, '', '/popup.html?tabId=42');
    expect(await popupTabId()).toBe(42);
  });

  it('none when the window has no active tab', async () => {
    expect(await popupTabId()).toBeUndefined();
  });
});
