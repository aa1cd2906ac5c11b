import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { LineLegend } from '@/components/LineLegend';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('names each verdict and the context line beside a sample drawn in the page’s own line shape', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<LineLegend />));
  const row = (key: string) => host.querySelector(`[data-testid="legend-${key}"]`) as HTMLElement;
  const shape = (key: string) => (row(key).querySelector('.sample') as HTMLElement).style.textDecoration;
  expect(row('supported').textContent).toContain('Well supported');
  expect(shape('supported')).toContain('solid');
  expect(shape('mixed')).toContain('dashed');
  expect(shape('overstated')).toContain('dotted');
  expect(shape('unsupported')).toContain('wavy');
  expect(shape('contradicted')).toContain('double');
  expect(row('context').textContent).toContain('Mentioned or disputed, not claimed');
  expect(host.querySelectorAll('li')).toHaveLength(6);
  expect(host.querySelector('.sample')!.getAttribute('aria-hidden')).toBe('true');
  act(() => root.unmount());
});
