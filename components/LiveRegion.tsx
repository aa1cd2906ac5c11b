/**
 * Polite status for screen readers ("3 claims on this page: open the GutCheck panel to list
 * them"): the Highlight API's marks are invisible to assistive technology, so this is their
 * summary, and the side panel their list. Visually hidden.
 */
export function LiveRegion({ text }: { text: string }) {
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="gutcheck-live">
      {text}
    </div>
  );
}
