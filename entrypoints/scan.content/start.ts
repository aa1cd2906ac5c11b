import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getPageInfoSchema, type PageInfo } from '../lib/messages';
import { effectiveMode, type Settings } from '../lib/settings';
import { loadSettings, watchSettings } from '../lib/settings-store';
import { bindInteraction } from './interaction';
import { PageSession } from './page-session';
import { answerPanel } from './reveal';

/**
 * The content script proper, loaded one task after injection (see index.ts): reads this site's
 * mode and the person's look, starts the session, follows changes made in the popup or the
 * options page as they happen, and answers the popup and the side panel.
 */
export async function startGutCheck(ctx: ContentScriptContext): Promise<void> {
  const session = new PageSession(ctx);
  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    session.setLook(settings); // first, so the first marks are drawn in the person's look
    session.setMode(effectiveMode(settings, location.hostname));
  };
  apply(await loadSettings());
  ctx.onInvalidated(watchSettings(apply));
  bindInteraction(ctx, session);
  answerPopup(ctx, session);
  answerPanel(ctx, session);
  ctx.onInvalidated(() => session.setMode('off'));
}

/** Tells the popup and the side panel which page this is (its hostname keys the site setting) and the mode here. */
function answerPopup(ctx: ContentScriptContext, session: PageSession): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (info: PageInfo) => void) => {
    if (!getPageInfoSchema.safeParse(raw).success) return false;
    sendResponse({ url: location.href, mode: session.mode });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
