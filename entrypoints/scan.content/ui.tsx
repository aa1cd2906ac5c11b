import { useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_ATTR, OWN_UI_TAG } from '@/claims/page-text';
import { GutCheckLayer } from '@/components/GutCheckLayer';
import partsCss from '@/components/evidence-parts.css?inline';
import layerCss from '@/components/gutcheck-layer.css?inline';
import { fallbackBoxCss } from './highlight-css';
import type { UiStore } from './ui-store';

function Layer({ store }: { store: UiStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return <GutCheckLayer {...state} />;
}

/** Our mounted shadow root: the React layer plus a plain container for fallback boxes. */
export interface MountedUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Container for fallback boxes (changes when the UI is remounted). */
  readonly boxes: HTMLElement;
  /** Puts the host back if the page removed it (e.g. rewrote <html>'s children). */
  ensureConnected(): void;
  remove(): void;
}

/**
 * Creates the shadow-root UI (open mode, so tests and assistive tech reach it) on first need.
 * The host is fixed and 0x0 (see gutcheck-layer.css :host), appended to <html> after <body>, so
 * it never takes part in the page's layout. CSS is inlined: no fetch, not even of our own files.
 */
export async function mountUi(ctx: ContentScriptContext, store: UiStore): Promise<MountedUi> {
  let boxes: HTMLElement | undefined;
  const ui: ShadowRootContentScriptUi<Root> = await createShadowRootUi(ctx, {
    name: OWN_UI_TAG,
    mode: 'open',
    position: 'overlay',
    anchor: () => document.documentElement,
    append: 'last',
    inheritStyles: true, // our :host rule resets inherited styles itself and fixes the position
    css: `${partsCss}\n${layerCss}\n${fallbackBoxCss()}`,
    isolateEvents: ['keydown', 'keyup', 'keypress'], // typing in the card never reaches page shortcuts
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_UI_ATTR, '');
      boxes = document.createElement('div');
      boxes.className = 'boxes';
      boxes.setAttribute('aria-hidden', 'true');
      container.append(boxes);
      const app = document.createElement('div');
      container.append(app);
      const root = createRoot(app);
      root.render(<Layer store={store} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    get boxes() {
      return boxes!;
    },
    ensureConnected() {
      if (ui.shadowHost.isConnected) return;
      ui.remove();
      ui.mount();
    },
    remove: () => ui.remove(),
  };
}
