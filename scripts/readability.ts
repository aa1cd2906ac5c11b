/**
 * Reading grade of the database's patient text (Flesch-Kincaid grade level), so the second
 * edition's targets (mean summary grade at most 8, mean nuance grade at most 10) are checked,
 * not guessed. A formula, not a reader: it rewards short sentences and short words, which is
 * what a card read in one glance needs, and it cannot tell plain words from rare short ones.
 */
import type { Claim } from '../claims/schema';

/** Syllables in one English word, by vowel groups with the usual silent-e and -le rules. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** Words (letters, with inner apostrophes or hyphens) and sentences (ended by . ! ? or a colon before a list). */
function counts(text: string): { words: string[]; sentences: number } {
  // Decimal points and abbreviations such as "e.g." must not end a sentence.
  const cleaned = text.replace(/(\d)\.(\d)/g, '$1$2').replace(/\b(?:e\.g|i\.e|vs|et al|approx)\./gi, '');
  const words = cleaned.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
  const sentences = Math.max(1, cleaned.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length);
  return { words, sentences };
}

/** Flesch-Kincaid grade level of a text (US school grade; 8 is plain, 12 is a newspaper's harder pages). */
export function gradeLevel(text: string): number {
  const { words, sentences } = counts(text);
  if (!words.length) return 0;
  const syl = words.reduce((n, w) => n + w.split(/[-]/).reduce((m, part) => m + syllables(part), 0), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}

export const PATIENT_FIELDS = ['summary', 'nuance', 'advice'] as const;
export type PatientField = (typeof PATIENT_FIELDS)[number];

export interface FieldGrades {
  mean: number;
  worst: { id: string; grade: number };
}

/** Mean and worst grade of each patient-facing field over the database. */
export function databaseGrades(claims: readonly Claim[]): Record<PatientField, FieldGrades> {
  const out = {} as Record<PatientField, FieldGrades>;
  for (const field of PATIENT_FIELDS) {
    const grades = claims.map((c) => ({ id: c.id, grade: gradeLevel(c[field]) }));
    const mean = grades.reduce((n, g) => n + g.grade, 0) / Math.max(1, grades.length);
    const worst = grades.reduce((a, b) => (b.grade > a.grade ? b : a), { id: '', grade: -Infinity });
    out[field] = { mean, worst };
  }
  return out;
}

/** The second edition's ceilings on the mean grade; the database check fails above them. */
export const GRADE_CEILINGS: Partial<Record<PatientField, number>> = { summary: 8, nuance: 10 };
