/**
 * Saves text as a file on this device, through a blob download from the page itself (no
 * "downloads" permission, nothing uploaded). The object URL is revoked once the download began.
 */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
