/**
 * Reads the UI's source files (components/, entrypoints/) with the TypeScript parser, for the
 * i18n tests: which texts are written into JSX by hand, and which message keys the code names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every .ts/.tsx file under the UI's folders, relative to the repository root. */
export function uiFiles(ext: '.ts' | '.tsx'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));
  return ['components', 'entrypoints'].flatMap((d) => walk(join(ROOT, d))).map((f) => relative(ROOT, f));
}

export function parse(file: string): ts.SourceFile {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

const LETTER = /\p{L}/u;
/** Attributes that hold names, addresses or references for the code and the browser, never words for a reader. */
const NOT_WORDS = new Set(['className', 'type', 'role', 'id', 'key', 'name', 'value', 'href', 'rel', 'target', 'htmlFor', 'testId', 'autoComplete', 'inputMode', 'dir', 'lang', 'style']);
const notWords = (attr: string) => NOT_WORDS.has(attr) || /^(data-|on[A-Z]|aria-(labelledby|describedby|controls|hidden|live|disabled|pressed|selected|expanded|invalid|current))/.test(attr);

/** "file:line: text" */
const where = (node: ts.Node, text: string) => {
  const sf = node.getSourceFile();
  return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`;
};

/**
 * Words a reader would see that are written into a .tsx file instead of coming from the locale:
 * JSX text with a letter in it, and strings with a letter where a value becomes text (a JSX
 * child `{...}`, or an attribute such as aria-label, title, placeholder or a component's
 * `legend`): a literal, a template, either branch of `?:`, either side of `+`, `??`, `||` (and the right of `&&`).
 * Punctuation and symbols ("×", " · ", "←") carry no language and pass; keys given to i18n.t()
 * are not values and are never looked at.
 */
export function hardCodedTexts(file: string): string[] {
  const found: string[] = [];
  const value = (e: ts.Expression): void => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
      if (LETTER.test(e.text)) found.push(where(e, JSON.stringify(e.text)));
    } else if (ts.isTemplateExpression(e)) {
      if ([e.head, ...e.templateSpans.map((s) => s.literal)].some((part) => LETTER.test(part.text))) found.push(where(e, e.getText()));
      e.templateSpans.forEach((s) => value(s.expression));
    } else if (ts.isParenthesizedExpression(e)) {
      value(e.expression);
    } else if (ts.isConditionalExpression(e)) {
      value(e.whenTrue);
      value(e.whenFalse);
    } else if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) value(e.left);
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) value(e.right);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) found.push(where(node, node.text));
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      value(node.expression);
    } else if (ts.isJsxAttribute(node) && !notWords(node.name.getText())) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init) && LETTER.test(init.text)) found.push(where(init, `${node.name.getText()}=${init.getText()}`));
      else if (init && ts.isJsxExpression(init) && init.expression) value(init.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** Every string literal in a file (the texts of templates without substitutions too). */
export function stringLiterals(file: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return out;
}

/** The keys a file gives i18n.t() as literals (both branches of a `?:` key too). */
export function keysGivenToT(file: string): string[] {
  const out: string[] = [];
  const key = (e: ts.Expression): void => {
    if (ts.isStringLiteral(e)) out.push(e.text);
    else if (ts.isConditionalExpression(e)) [e.whenTrue, e.whenFalse].forEach(key);
    else if (ts.isParenthesizedExpression(e)) key(e.expression);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'i18n.t' && node.arguments[0]) key(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return out;
}
