import { fail, ok, type Result } from '@/domain/result';

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

type ReadError = 'tooLarge' | 'unreadable';

/** Reads a chosen or dropped file as text, refusing it by size before reading a byte. */
export async function readTextFile(
  file: Blob,
  maxBytes: number,
): Promise<Result<string, ReadError>> {
  if (file.size > maxBytes) return fail('tooLarge');
  try {
    return ok(await file.text());
  } catch {
    return fail('unreadable');
  }
}
