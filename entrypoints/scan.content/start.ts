import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { effectiveMode, type Settings } from '../lib/settings';
import { loadSettings, watchSettings } from '../lib/settings-store';
import { bindInteraction } from './interaction';
import { PageSession } from './page-session';
import { answerPanel } from './reveal';

/**
 * The content script proper, loaded one task after injection (see index.ts): reads this site's
 * mode and the person's look, starts the session, follows changes made in the popup or the
 * options page as they happen, and answers the side panel (the watch script answers which page
 * this is).
 */
export async function startGutCheck(ctx: ContentScriptContext): Promise<void> {
  const session = new PageSession(ctx);
  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    session.setLook(settings); // first, so the first marks are drawn in the person's look
    session.setMode(effectiveMode(settings, location.hostname));
  };
  apply(await loadSettings());
  // A newer checker in this document (a second injection) invalidated this one meanwhile: its
  // listeners below would outlive it, as onInvalidated does nothing once the context is invalid.
  if (ctx.isInvalid) return;
  ctx.onInvalidated(watchSettings(apply));
  bindInteraction(ctx, session);
  answerPanel(ctx, session);
  ctx.onInvalidated(() => session.setMode('off'));
}
