import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getPageInfoSchema, type PageInfo } from '../lib/messages';
import { effectiveMode, type Mode } from '../lib/settings';
import { loadSettings, watchSettings } from '../lib/settings-store';
import { bindInteraction } from './interaction';
import { PageSession } from './page-session';
import { answerPanel } from './reveal';

/**
 * The content script proper, loaded one task after injection (see index.ts): reads this site's
 * mode, starts the session, follows setting changes made in the popup, and answers the popup and
 * the side panel.
 */
export async function startGutCheck(ctx: ContentScriptContext): Promise<void> {
  const session = new PageSession(ctx);
  const apply = (mode: Mode) => {
    if (ctx.isValid) session.setMode(mode);
  };
  apply(effectiveMode(await loadSettings(), location.hostname));
  ctx.onInvalidated(watchSettings((settings) => apply(effectiveMode(settings, location.hostname))));
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
