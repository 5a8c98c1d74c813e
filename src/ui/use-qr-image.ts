import { useEffect, useState } from 'react';
import { whenIdle } from '@/lib/idle';
import { type QrImage, type QrProblem, qrCodeImage } from '@/lib/qr';

/** A QR code being made: null until it is ready, or why there is none. */
export type QrImageState = QrImage | QrProblem | null;

/** True when the code is there to draw. */
export function isQrImage(state: QrImageState): state is QrImage {
  return state !== null && typeof state === 'object';
}

/** A code is shown within a second even while the page stays busy. */
const QR_AT_THE_LATEST = 1000;

/**
 * The QR code of `text`, made when the browser is idle after the screen is drawn: loading the
 * library and making the code (~100 ms on a slow phone) never holds up a radar or the page's
 * first paint. None while `text` is null.
 */
export function useQrImage(text: string | null): QrImageState {
  const [image, setImage] = useState<QrImageState>(null);
  useEffect(() => {
    if (text === null) return;
    let current = true;
    const cancel = whenIdle(() => {
      void qrCodeImage(text).then((result) => {
        if (current) setImage(result.ok ? result.value : result.error);
      });
    }, QR_AT_THE_LATEST);
    return () => {
      current = false;
      cancel();
    };
  }, [text]);
  return image;
}
