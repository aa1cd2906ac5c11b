import { useEffect, useRef } from 'react';

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/** Keys belong to the control that has them where a control uses arrows itself (fields, selects). */
function ownsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Left/Right arrows (and Page Up/Down, which a presentation clicker sends) step between claims,
 * anywhere on the page except inside a control that uses those keys itself.
 */
export function useStepKeys(step: (by: 1 | -1) => void): void {
  const latest = useRef(step);
  useEffect(() => {
    latest.current = step;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || ownsArrows(e.target)) return;
      const by = NEXT.has(e.key) ? 1 : PREVIOUS.has(e.key) ? -1 : 0;
      if (!by) return;
      e.preventDefault();
      latest.current(by);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
