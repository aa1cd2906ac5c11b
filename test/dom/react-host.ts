import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A React root in a fresh host element for every test of the file (or describe) that calls it,
 * unmounted and removed after the test. Its fields change per test: read them inside tests.
 */
export function reactHost(): { readonly root: Root; readonly host: HTMLElement } {
  const current = {} as { root: Root; host: HTMLElement };
  beforeEach(() => {
    current.host = document.createElement('div');
    document.body.append(current.host);
    current.root = createRoot(current.host);
  });
  afterEach(() => {
    act(() => current.root.unmount());
    current.host.remove();
  });
  return current;
}
