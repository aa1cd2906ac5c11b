import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { hardCodedTexts, parse, uiFiles } from './ui-sources';

/**
 * Every word the extension shows comes from locales/<lang>.yml through i18n.t(), so a second
 * language is one more file. These tests fail when a component or page writes words itself.
 */
describe('no hard-coded user-visible text', () => {
  it.each(uiFiles('.tsx'))('%s writes no words into its JSX', (file) => {
    expect(hardCodedTexts(file)).toEqual([]);
  });

  it('the check finds JSX text, text attributes and text-valued expressions, and lets symbols and keys pass', () => {
    const file = 'test/unit/i18n/fixtures/hard-coded.tsx';
    expect(hardCodedTexts(file).map((f) => f.replace(/^[^:]+:\d+: /, ''))).toEqual([
      'Close the card',
      'aria-label="Close"',
      '`Claim ${n} of ${total}`',
      '"Saved"',
      '"Not saved"',
      'legend="Motion"',
      '" claims"',
    ]);
  });

  // Sentences in plain .ts modules (helpers that build a line of text) belong in the locale too.
  // Two files hold English on purpose: the demo page's invented posts are data the English-only
  // engine reads (like the claims database), and a zod message no reader sees.
  const PROSE_ALLOWED: Readonly<Record<string, string>> = {
    'components/classroom/demo-posts.ts': 'invented posts read by the English engine: data, like claims/data',
    'entrypoints/lib/settings.ts': 'a schema refinement message for developers',
  };
  it.each(uiFiles('.ts').filter((f) => !(f in PROSE_ALLOWED)))('%s builds no sentence itself', (file) => {
    const sentences: string[] = [];
    const visit = (node: ts.Node): void => {
      const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? node.getText() : null;
      // Three words or more with no markup or CSS punctuation: a sentence, not a class list or a style sheet.
      if (text && !ts.isImportDeclaration(node.parent) && /\p{L}{2,} \p{L}{2,} \p{L}{2,}/u.test(text) && !/[{};<]|^\[/.test(text)) sentences.push(text);
      if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    };
    visit(parse(file));
    expect(sentences).toEqual([]);
  });
});
