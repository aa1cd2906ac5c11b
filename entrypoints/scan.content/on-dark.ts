/**
 * Whether a mark sits on a dark background (a caption over video, a dark-mode page), where the
 * usual dark lines would all but vanish. The background behind text is often not knowable (an
 * image, a video frame, a gradient), but its text colour is: pages set light text on dark ground.
 */

/** Relative luminance (WCAG 2) of a computed `rgb()` / `rgba()` colour; null if it is not one. */
export function luminanceOf(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return null;
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(Number(m[1])) + 0.7152 * channel(Number(m[2])) + 0.0722 * channel(Number(m[3]));
}

/** Text at or above this luminance is light (#b4b4b4 and lighter): its background is dark. */
const LIGHT_TEXT = 0.45;

/** True when the text where `range` starts is drawn in a light colour. */
export function isOnDark(range: Range): boolean {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return false;
  const lum = luminanceOf(view.getComputedStyle(el).color);
  return lum !== null && lum >= LIGHT_TEXT;
}
