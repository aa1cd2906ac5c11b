import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A page's identity: its URL without the fragment (a #section jump is the same page). */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

/**
 * Notices SPA navigations without polling. Content scripts run in an isolated world, so patching
 * history.pushState would not see the page's calls; instead: the Navigation API's
 * currententrychange (fires after the URL changed; Chrome 102+, Firefox 147+), popstate, and
 * `check()`, which the scanner calls on every batch of DOM changes (an SPA re-renders on navigate).
 */
export function watchUrl(ctx: ContentScriptContext, onChange: (url: string) => void): { check(): void } {
  let current = pageKey(location.href);
  const check = () => {
    const next = pageKey(location.href);
    if (next === current) return;
    current = next;
    onChange(location.href);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    ctx.addEventListener(navigation, 'currententrychange', check);
  }
  ctx.addEventListener(window, 'popstate', check);
  return { check };
}
