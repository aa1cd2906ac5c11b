/**
 * Hands text to the browser as a file the person saves (a Blob behind an object URL and an
 * <a download>): the report goes to their disk and nowhere else.
 */
export function saveFile(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  // The download has started from the URL by now; revoking later would only keep memory alive.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Today's date on the reader's own calendar, ISO (2026-12-07), for the report. */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
