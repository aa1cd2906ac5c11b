/**
 * Polite status for screen readers ("3 claims on this page"): the Highlight API's marks are
 * invisible to assistive technology, so this is their summary. Visually hidden.
 */
export function LiveRegion({ text }: { text: string }) {
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="gutcheck-live">
      {text}
    </div>
  );
}
