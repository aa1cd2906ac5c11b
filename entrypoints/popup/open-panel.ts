import { browser } from 'wxt/browser';

/** Firefox's sidebar API (MV2 and MV3); Chrome's typings do not know it. */
interface SidebarAction {
  open(): Promise<void>;
}
const sidebarAction = (): SidebarAction | undefined => (browser as typeof browser & { sidebarAction?: SidebarAction }).sidebarAction;
const sidePanel = (): typeof browser.sidePanel | undefined => ('sidePanel' in browser ? browser.sidePanel : undefined);

/** Whether this browser can open GutCheck's panel from here (Chrome 116+, desktop Firefox; not Firefox for Android). */
export function canOpenPanel(): boolean {
  return typeof sidebarAction()?.open === 'function' || typeof sidePanel()?.open === 'function';
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) beside `tabId`. Both browsers allow this
 * only in response to the reader's own action, so it must be called straight from the click,
 * with no await before it. Chrome opens its panel on the tab's window; the panel then follows
 * the active tab there.
 */
export function openPanel(tabId: number): Promise<void> {
  const firefox = sidebarAction();
  if (firefox) return firefox.open();
  const chrome = sidePanel();
  return chrome ? chrome.open({ tabId }) : Promise.resolve();
}
