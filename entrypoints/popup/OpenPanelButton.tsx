import { i18n } from '#i18n';
import { useId } from 'react';
import { canOpenPanel, openPanel } from './open-panel';

/**
 * Opens the side panel beside the page. The real popup closes itself afterwards (the panel is
 * where the reader goes next); a popup opened in a tab of its own (`?tabId=`, as the tests do)
 * stays, since closing it would close that tab.
 */
export function OpenPanelButton({ tabId, closeAfter }: { tabId: number; closeAfter: boolean }) {
  const hintId = useId();
  if (!canOpenPanel()) return null;
  const open = () => {
    void openPanel(tabId).then(
      () => closeAfter && window.close(),
      () => undefined, // the browser refused (no user gesture); the popup stays, the reader can try again
    );
  };
  return (
    <p className="panel-open">
      <button type="button" data-testid="open-panel" aria-describedby={hintId} onClick={open}>
        {i18n.t('popup.openPanel')}
      </button>
      <span id={hintId} className="hint">
        {i18n.t('popup.openPanelHint')}
      </span>
    </p>
  );
}
