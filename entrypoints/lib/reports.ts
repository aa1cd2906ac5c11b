import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { verdictSchema } from '@/claims/schema';
import { NOTE_MAX } from '@/components/report-note';

/** storage.local key of wrong-match reports. They stay on this device until the person exports them. */
export const REPORTS_KEY = 'gutcheck:reports';
/** Oldest reports are dropped past this many, so storage cannot grow without bound. */
export const MAX_REPORTS = 500;

/**
 * One "wrong match" report: the page, the passage we marked, the claim and its verdict as shown,
 * the person's optional note, and when. Reports saved before the verdict and note were recorded
 * have neither, and stay readable.
 */
export const reportSchema = z.strictObject({
  url: z.string().check(z.maxLength(2048)),
  passage: z.string().check(z.maxLength(1000)),
  claimId: z.string().check(z.minLength(1)),
  verdict: z.optional(verdictSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  date: z.iso.datetime(),
});
export type WrongMatchReport = z.infer<typeof reportSchema>;

/** Stored reports; entries that no longer parse are skipped rather than losing the rest. */
export function parseReports(raw: unknown): WrongMatchReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = reportSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What the card knows when the person reports a wrong match. */
export interface ReportInput {
  url: string;
  passage: string;
  claimId: string;
  verdict: z.infer<typeof verdictSchema>;
  /** Typed by the person; blank means none. */
  note?: string;
}

/** Builds a report from the card's data, trimming long values to the schema's limits. */
export function makeReport(input: ReportInput, now = new Date()): WrongMatchReport {
  const note = input.note?.trim().slice(0, NOTE_MAX);
  return reportSchema.parse({
    url: input.url.slice(0, 2048),
    passage: input.passage.slice(0, 1000),
    claimId: input.claimId,
    verdict: input.verdict,
    ...(note && { note }),
    date: now.toISOString(),
  });
}

/** File name of an export (the popup's and the options page's). */
export const EXPORT_FILE = 'gutcheck-wrong-matches.json';

/** The reports as the exported file holds them: a JSON array, oldest first, as stored. */
export function reportsJson(reports: readonly WrongMatchReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

/** Same report: every field equal (two presses in the same millisecond on the same passage are one). */
function sameReport(a: WrongMatchReport, b: WrongMatchReport): boolean {
  return a.date === b.date && a.url === b.url && a.claimId === b.claimId && a.passage === b.passage && a.note === b.note;
}

/** storage.local["gutcheck:reports"]; unvalidated until parseReports (see settings-store.ts on versions). */
const reportsItem = storage.defineItem<unknown>(`local:${REPORTS_KEY}`);

/** The stored reports, oldest first. Rejects when storage fails, so a caller can say so. */
export async function loadReports(): Promise<WrongMatchReport[]> {
  return parseReports(await reportsItem.getValue());
}

/** Appends one report to storage.local. Never sends anything anywhere. */
export async function saveReport(report: WrongMatchReport): Promise<void> {
  const reports = [...(await loadReports()), reportSchema.parse(report)].slice(-MAX_REPORTS);
  await reportsItem.setValue(reports);
}

/** Deletes one report (the options page's "Delete"); the others stay as they were. */
export async function deleteReport(report: WrongMatchReport): Promise<void> {
  const reports = await loadReports();
  const at = reports.findIndex((r) => sameReport(r, report));
  if (at < 0) return;
  reports.splice(at, 1);
  await reportsItem.setValue(reports);
}

/** Deletes every report: nothing of them is left in storage. */
export async function clearReports(): Promise<void> {
  await reportsItem.removeValue();
}

/** Calls `onChange` with the reports whenever they change (a card saved one, another page deleted one). */
export function watchReports(onChange: (reports: WrongMatchReport[]) => void): () => void {
  return reportsItem.watch((raw) => onChange(parseReports(raw)));
}
