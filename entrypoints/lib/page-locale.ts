import { i18n } from '#i18n';

/**
 * Gives an extension page the language and writing direction of GutCheck's texts
 * (locales/<lang>.yml `lang` and `dir`, the locale the browser picked) and, when given, its tab
 * title, so the pages' index.html files hold no words to translate (only the name GutCheck, as
 * the title before this runs).
 */
export function localizePage(title?: string): void {
  document.documentElement.lang = i18n.t('lang');
  document.documentElement.dir = i18n.t('dir');
  if (title) document.title = title;
}
