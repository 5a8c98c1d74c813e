/** Offers text to the user as a file download; nothing leaves the device. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers any data (a PNG, say) as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ReadFailure = 'tooLarge' | 'unreadable';

/** Reads a chosen or dropped file as text, refusing it by size before reading a byte. */
export async function readTextFile(
  file: Blob,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: ReadFailure }> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
