/** What can take focus with Tab in the card: links, buttons, the note field and a <details>' summary. */
const FOCUSABLE = 'a[href], button:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * The card's Tab stops in order: its controls, without those hidden in a closed <details> (the
 * browser skips them too; its <summary> stays, being the way to open it).
 */
export function tabStops(card: HTMLElement): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !inClosedDetails(el));
}

/** True when a closed <details> around `el` hides it (its own <summary> is never hidden by it). */
function inClosedDetails(el: HTMLElement): boolean {
  for (let d = el.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) {
    const ownSummary = el.localName === 'summary' && el.parentElement === d;
    if (!d.hasAttribute('open') && !ownSummary) return true;
  }
  return false;
}

/**
 * Keeps Tab inside the open card: past the last control it wraps to the first (Shift+Tab from the
 * first, or from the card itself, to the last), instead of jumping to the top or the end of the
 * page. Escape is the way out. Returns true when it moved focus.
 */
export function cycleFocus(card: HTMLElement, backwards: boolean): boolean {
  const controls = tabStops(card);
  if (!controls.length) return false;
  // The card's own root (our shadow root, or the document in tests) knows what inside it has focus.
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const first = controls[0]!;
  const last = controls.at(-1)!;
  if (backwards && (active === first || active === card)) {
    last.focus();
    return true;
  }
  if (!backwards && active === last) {
    first.focus();
    return true;
  }
  return false;
}
