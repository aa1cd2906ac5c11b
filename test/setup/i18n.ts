/**
 * Unit and DOM tests render GutCheck's real English. WXT's fakeBrowser leaves
 * `browser.i18n.getMessage` unimplemented (it throws), so this setup file answers it from
 * locales/en.yml, turned into messages by @wxt-dev/i18n's own build step (the very
 * messages.json the browser gets), with the browser's substitution rules: `$1`..`$9` take the
 * substitutions, `$$` is a dollar sign, an unknown name gives "".
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../locales/en.yml');
const messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));

/** What the browser answers for its predefined messages in an English, left-to-right UI. */
const PREDEFINED: Readonly<Record<string, string>> = {
  '@@ui_locale': 'en',
  '@@bidi_dir': 'ltr',
  '@@bidi_reversed_dir': 'rtl',
  '@@bidi_start_edge': 'left',
  '@@bidi_end_edge': 'right',
};

function getMessage(name: string, substitutions?: string | (string | number)[]): string {
  const message = messages[name]?.message ?? PREDEFINED[name];
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : String(subs[Number(c) - 1] ?? '')));
}

fakeBrowser.i18n.getMessage = getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
