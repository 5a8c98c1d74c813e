import { fail, ok, type Result } from '@/domain/result';
import type { DecodeRequest, DecodeResponse } from './qr-decode.worker';

/** A QR code as an image: an SVG data URL (allowed by the CSP's img-src) and its size in modules. */
export type QrImage = { url: string; modules: number };

/** Empty space around the code, in modules: scanners need it to find the code's edges. */
const QUIET_ZONE = 4;

/** Why there is no code: the text does not fit, or the library could not be loaded. */
export type QrProblem = 'tooLong' | 'notLoaded';

/**
 * Makes a black-on-white QR code of `text`. The libraries are loaded on first use, so only the
 * screens that show a code download them.
 */
export async function qrCodeImage(text: string): Promise<Result<QrImage, QrProblem>> {
  let libraries: [typeof import('lean-qr'), typeof import('lean-qr/extras/svg')];
  try {
    libraries = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
  } catch {
    // Offline before the service worker had the file, or a page left while it loaded (Firefox
    // then rejects the import): the screen says so instead of an unhandled rejection.
    return fail('notLoaded');
  }
  const [{ generate, correction }, { toSvgDataURL }] = libraries;
  try {
    // The smallest code for the text: lean-qr raises the error correction as far as that size allows.
    const code = generate(text, { minCorrectionLevel: correction.L });
    return ok({
      url: toSvgDataURL(code, { on: '#000', off: '#fff', pad: QUIET_ZONE }),
      modules: code.size + 2 * QUIET_ZONE,
    });
  } catch {
    return fail('tooLong');
  }
}

let decoder: Worker | null = null;
let lastRequest = 0;
const waiting = new Map<number, (text: string | null) => void>();

function decoderWorker(): Worker {
  if (decoder) return decoder;
  const worker = new Worker(new URL('./qr-decode.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
    waiting.get(event.data.id)?.(event.data.text);
    waiting.delete(event.data.id);
  };
  // A worker that fails (cannot start, or jsQR throws) is dropped: what it was reading comes back
  // as no code, and the next frame or photo starts a new one.
  worker.onerror = () => releaseQrDecoder();
  decoder = worker;
  return worker;
}

/**
 * Reads the text of a QR code in a camera frame or image; null when there is none. The decoder
 * (jsQR) runs in a Web Worker, started on first use; `image` is handed over to it.
 */
export function decodeQr(image: ImageData): Promise<string | null> {
  return new Promise((resolve) => {
    lastRequest += 1;
    waiting.set(lastRequest, resolve);
    decoderWorker().postMessage({ id: lastRequest, image } satisfies DecodeRequest, [
      image.data.buffer,
    ]);
  });
}

/** Stops the decoder (when the scan screen is left); what it was still reading comes back empty. */
export function releaseQrDecoder(): void {
  decoder?.terminate();
  decoder = null;
  for (const resolve of waiting.values()) resolve(null);
  waiting.clear();
}

export type PhotoError = 'unreadable' | 'noCode';

/** Photos are scaled down to this many pixels on their longest side before they are read. */
const PHOTO_SIDES = [1280, 640];

/** Reads a QR code from a photo or image file of it. */
export async function decodeQrFile(file: Blob): Promise<Result<string, PhotoError>> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return fail('unreadable');
  }
  try {
    // First with detail for a code that fills little of the photo, then smaller: a large, noisy
    // photo often reads better (and faster) scaled down.
    for (const side of PHOTO_SIDES) {
      const image = imageDataOf(bitmap, Math.min(1, side / Math.max(bitmap.width, bitmap.height)));
      if (!image) return fail('unreadable');
      const text = await decodeQr(image);
      if (text) return ok(text);
    }
    return fail('noCode');
  } finally {
    bitmap.close();
  }
}

/** Draws an image on a scratch canvas at `scale` and returns its pixels. */
function imageDataOf(source: ImageBitmap, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(source.width * scale));
  canvas.height = Math.max(1, Math.round(source.height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
