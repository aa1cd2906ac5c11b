import { Window } from 'happy-dom';
import { extractVisibleText } from '../page-text';

/**
 * Reads an HTML page as a browser would show it (its visible text, and its title apart), with the same rules the extension applies to
 * the live DOM (claims/page-text). happy-dom parses only: scripts, stylesheets, frames and
 * navigation stay off, so reading a saved page never runs its code or touches the network.
 * Styles from stylesheets are not applied; inline display:none/visibility:hidden are.
 */
export async function htmlToText(html: string): Promise<{ text: string; title: string }> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return { text: extractVisibleText(doc).text, title: doc.title.trim() };
  } finally {
    await window.happyDOM.close();
  }
}
