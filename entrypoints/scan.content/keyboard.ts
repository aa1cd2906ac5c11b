import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True when the key press belongs to something the reader is typing in. */
export function isTypingTarget(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [role="textbox"], [role="combobox"]')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Alt+Shift+N / Alt+Shift+P, by physical key (Alt changes the character on macOS). */
export function navDirection(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return 0;
  if (e.code === 'KeyN') return 1;
  if (e.code === 'KeyP') return -1;
  return 0;
}

export interface KeyboardActions {
  /** Moves to the next (1) or previous (-1) marked claim; false when there is none. */
  move(direction: 1 | -1): boolean;
  /** Closes an open card; false when none was open. */
  close(): boolean;
}

/**
 * Keyboard access: Alt+Shift+N next claim, Alt+Shift+P previous, Escape closes the card.
 * Listens in the capture phase on window, which also sees keys pressed inside our shadow root;
 * ignored while the reader types in a field or editable region. Ends with the extension context.
 */
export function bindKeyboard(ctx: ContentScriptContext, actions: KeyboardActions): void {
  ctx.addEventListener(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      if (isTypingTarget(e)) return;
      const direction = navDirection(e);
      if (direction && actions.move(direction)) {
        e.preventDefault();
        e.stopPropagation();
      } else if (e.key === 'Escape' && !e.altKey && !e.shiftKey) {
        actions.close();
      }
    },
    { capture: true },
  );
}
