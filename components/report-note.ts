/**
 * The longest note a person can add to a wrong-match report (WrongMatch.tsx); the report schema
 * (entrypoints/lib/reports.ts) trims to it too. A plain module, so the schema shares the limit
 * without loading React in the content script's early stages.
 */
export const NOTE_MAX = 500;
