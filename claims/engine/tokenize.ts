import { foldWord } from './normalize';
import type { WordInfo } from './word-index';

/** Kinds of token: a word, a sentence end, a clause break, a list bullet, or a hashtag marker. */
export type TokenKind = 'word' | 'end' | 'clause' | 'bullet' | 'line';

export interface Token {
  kind: TokenKind;
  /** Folded form for words; the raw character for punctuation. */
  norm: string;
  start: number;
  end: number;
  /** True for the words inside a hashtag. */
  tag: boolean;
  /** Vocabulary knowledge, for words. */
  info: WordInfo | undefined;
}

// Every token is built with the same fields in the same order, so hot loops see one object shape.
// One regex pass over the text: user handles (skipped: "u/kombucha_kate" names a person, it says
// nothing about kombucha), words (with contractions), hashtags, line breaks, sentence and
// clause punctuation, bullets (including emoji used as bullets) and arrows.
const TOKEN_RE =
  /(?<![\p{L}\p{N}])(?:[uU]\/|@)[\p{L}\p{N}_.-]+|#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*|\n+|\?+|!+|\.{1,3}|[;:,()=→+|]|(?<=\s)[—–]|[—–](?=\s)|[•●▪◦☐□■▢◻✅❌✔✖👉]| - |(?<![^\n])[-*](?= )|(?:[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}][\u{FE0F}\u{200D}\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]*)+(?=[ \t]+\p{Lu})/gu;

/** List markers, emoji used as bullets included; other punctuation only breaks a clause ("SIBO → leaky gut" is one sentence). */
const BULLETS = '•●▪◦☐□■▢◻✅❌✔✖👉';

const CAMEL_RE = /[\p{Lu}]?[\p{Ll}]+|[\p{Lu}]+(?![\p{Ll}])|[\p{N}]+/gu;

/**
 * Splits text into tokens with UTF-16 offsets into the original. Hashtags become their words:
 * camel case is split here ("#GutHealingJourney"); all-lower tags ("#leakygut") are split later
 * against the vocabulary by `splitTag`.
 */
export function tokenize(text: string, splitTag: (folded: string) => string[] | undefined, word: (raw: string) => WordInfo): Token[] {
  const out: Token[] = [];
  // exec with lastIndex, not matchAll: no iterator object and no regex clone per call.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const c = raw.charCodeAt(0);
    if (c === 64 /* @ */ || raw.charCodeAt(1) === 47 /* u/ */) continue;
    if (c === 35 /* # */) {
      pushTag(out, raw.slice(1), start + 1, splitTag, word);
    } else if (isWordStart(raw)) {
      const info = word(raw);
      out.push({ kind: 'word', norm: info.norm, start, end: start + raw.length, tag: false, info });
    } else {
      out.push({ kind: punctKind(raw, start === 0 || text.charCodeAt(start - 1) === 10), norm: raw, start, end: start + raw.length, tag: false, info: undefined });
    }
  }
  return out;
}

function isWordStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /^[\p{L}\p{N}]/u.test(raw));
}

function punctKind(raw: string, lineStart: boolean): TokenKind {
  const c = raw.charCodeAt(0);
  if (c === 10 /* \n */) return 'line';
  if (c === 46 || c === 63 || c === 33 || c === 59 /* . ? ! ; */) return 'end';
  if (c === 45 || c === 42 || c === 32 /* - * space */ || BULLETS.includes(raw)) return 'bullet';
  // A dash that opens a line is a bullet ("– Heals leaky gut"); elsewhere it only breaks a clause.
  if (c === 0x2013 || c === 0x2014) return lineStart ? 'bullet' : 'clause';
  // Emoji before a capital letter end a caption's sentence ("...my gut 🦴 The gelatin..."); the
  // token regex only yields an emoji run in that position.
  if (c >= 0x2300) return 'end';
  return 'clause';
}

function pushTag(out: Token[], body: string, start: number, splitTag: (folded: string) => string[] | undefined, word: (raw: string) => WordInfo): void {
  const camel = [...body.matchAll(CAMEL_RE)];
  if (camel.length > 1) {
    for (const p of camel) {
      const info = word(p[0]);
      out.push({ kind: 'word', norm: info.norm, start: start + p.index, end: start + p.index + p[0].length, tag: true, info });
    }
    return;
  }
  const folded = foldWord(body);
  const parts = splitTag(folded);
  if (!parts || parts.join('') !== folded || folded.length !== body.length) {
    out.push({ kind: 'word', norm: folded, start, end: start + body.length, tag: true, info: word(body) });
    return;
  }
  let at = start;
  for (const p of parts) {
    out.push({ kind: 'word', norm: p, start: at, end: at + p.length, tag: true, info: word(p) });
    at += p.length;
  }
}
