/**
 * The words and limit of the card's wrong-match report form (WrongMatch.tsx), kept in one plain
 * module so a later pass can translate them, and so the report schema (entrypoints/lib/reports.ts)
 * shares the limit without loading React in the content script's early stages.
 */

/** The longest note a person can add to a report; the schema trims to it too. */
export const NOTE_MAX = 500;

export const REPORT_STRINGS = {
  open: 'Wrong match?',
  saved: 'Saved on this device',
  failed: 'Could not save. Try again?',
  formName: 'Report a wrong match',
  noteLabel: 'What is wrong with this match? (optional)',
  noteHint: 'The report stays on this device. You can export or delete it on the options page.',
  save: 'Save report',
  cancel: 'Cancel',
  savedStatus: 'Report saved on this device.',
  failedStatus: 'The report could not be saved.',
} as const;
