/**
 * Visible page text with an exact map back to the DOM. Pure: it reads nodes through structural
 * interfaces, so it runs on the live page (extension), on happy-dom (command) and in tests.
 */
export { extractVisibleText, frameDocument } from './extract';
export { locate, locateRange, textOffsetOf, type Bias, type TextPosition } from './locate';
export { isFrame, isOwnUi, isSkippedTag, OWN_UI_ATTR, OWN_UI_SELECTOR, OWN_UI_TAG } from './rules';
export type {
  AltSegment,
  ExtractOptions,
  PageElement,
  PageNode,
  PageText,
  PageTextResult,
  Segment,
  TextSegment,
} from './types';
