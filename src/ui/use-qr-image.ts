import { useEffect, useState } from 'react';
import { type QrImage, type QrProblem, qrCodeImage } from '@/lib/qr';

/** A QR code being made: null until it is ready, or why there is none. */
export type QrImageState = QrImage | QrProblem | null;

/** True when the code is there to draw. */
export function isQrImage(state: QrImageState): state is QrImage {
  return state !== null && typeof state === 'object';
}

/** The QR code of `text`, made after the first render; none while `text` is null. */
export function useQrImage(text: string | null): QrImageState {
  const [image, setImage] = useState<QrImageState>(null);
  useEffect(() => {
    if (text === null) return;
    let current = true;
    void qrCodeImage(text).then((result) => {
      if (current) setImage(result.ok ? result.value : result.error);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return image;
}
