import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_LEVELS, VERDICTS } from '@/claims/schema';
import { CONTEXT_WORDS, EVIDENCE_MEANINGS, EVIDENCE_WORDS, STANCE_WORDS, VERDICT_MEANINGS, VERDICT_WORDS } from '@/claims/words';
import { contextLabel, evidenceLabel, evidenceMeaning, stanceLabel, verdictLabel, verdictMeaning } from '@/components/words';
import { keysGivenToT, ROOT, stringLiterals, uiFiles } from './ui-sources';

/** The browser's own messages (@@ui_locale, @@bidi_dir...): always there, never in the locale file. */
const predefined = (key: string) => key.startsWith('@@');

let messages: ParsedMessage[];
let keys: Set<string>;
beforeAll(async () => {
  messages = (await parseMessagesFile(join(ROOT, 'locales/en.yml'))).filter((m) => !predefined(m.key.join('.')));
  keys = new Set(messages.map((m) => m.key.join('.')));
});

describe('locales/en.yml and the code agree', () => {
  it('every key the code gives i18n.t() is in the locale file', () => {
    const missing = [...uiFiles('.ts'), ...uiFiles('.tsx')].flatMap((f) => keysGivenToT(f).filter((k) => !keys.has(k) && !predefined(k)).map((k) => `${f}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('every key of the locale file is used by the code or the manifest', () => {
    const named = new Set([...uiFiles('.ts'), ...uiFiles('.tsx')].flatMap(stringLiterals));
    // The manifest names its messages the browser's way: __MSG_app_name__ for app.name.
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const [, name] of manifest.matchAll(/__MSG_(\w+)__/g)) named.add(name!.replaceAll('_', '.'));
    expect([...keys].filter((k) => !named.has(k))).toEqual([]);
  });

  it('gives every message a name the browser accepts, no two the same', () => {
    const names = Object.keys(generateChromeMessages(messages));
    expect(names.filter((n) => !/^[A-Za-z0-9_]+$/.test(n))).toEqual([]);
    expect(names).toHaveLength(keys.size);
  });

  it('has a text for every message, and a form for one and for more of every plural', () => {
    for (const m of messages) {
      if (m.type === 'plural') {
        expect(Object.keys(m.plurals), m.key.join('.')).toEqual(expect.arrayContaining(['1', 'n']));
        for (const text of Object.values(m.plurals)) expect(text.trim(), m.key.join('.')).not.toBe('');
      } else {
        expect(m.type === 'simple' && m.message.trim(), m.key.join('.')).not.toBe('');
      }
    }
  });
});

describe('the extension and the command use the same English words', () => {
  // claims/words.ts serves the `gutcheck` command and the ClaimReview export (no browser there);
  // the extension reads the locale. In English the two must say the same.
  it('for verdicts, evidence levels and stances', () => {
    for (const v of VERDICTS) {
      expect(verdictLabel(v)).toBe(VERDICT_WORDS[v]);
      expect(verdictMeaning(v)).toBe(VERDICT_MEANINGS[v]);
    }
    for (const level of EVIDENCE_LEVELS) {
      expect(evidenceLabel(level)).toBe(EVIDENCE_WORDS[level]);
      expect(evidenceMeaning(level)).toBe(EVIDENCE_MEANINGS[level]);
    }
    for (const stance of ['asserts', 'refutes', 'mentions'] as const) expect(stanceLabel(stance)).toBe(STANCE_WORDS[stance]);
    expect(contextLabel()).toBe(CONTEXT_WORDS);
  });
});
