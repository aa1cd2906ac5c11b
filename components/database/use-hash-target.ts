import { useEffect, useState } from 'react';

/** The entry a permalink asks for; `seq` changes on every hashchange, even back to the same id. */
export interface HashTarget {
  id: string;
  seq: number;
}

const read = (seq: number): HashTarget | null => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id ? { id, seq } : null;
};

/** The id in the page's hash, on load and after every hashchange (a permalink clicked or typed). */
export function useHashTarget(): HashTarget | null {
  const [target, setTarget] = useState(() => read(0));
  useEffect(() => {
    let seq = 0;
    const onHash = () => setTarget(read(++seq));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return target;
}

/**
 * Brings an entry into view and focuses it, so reading (and Tab) continues from there. The scroll
 * is smooth or instant as the page's CSS says (scroll-behavior: database.css makes it smooth
 * only for readers who have not asked for less motion, on the system or the options page); the
 * focus itself never scrolls, or it would jump ahead of the smooth scroll.
 */
export function focusEntry(el: HTMLElement): void {
  el.scrollIntoView({ block: 'start', behavior: 'auto' });
  el.focus({ preventScroll: true });
}
