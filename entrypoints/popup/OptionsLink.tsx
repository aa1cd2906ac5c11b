import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * "Options": opens the options page (sites, what to mark, looks, reports) in a tab, through the
 * browser so an already open options tab is reused.
 */
export function OptionsLink() {
  return (
    <p className="hint">
      <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.options')}
      </button>
    </p>
  );
}
