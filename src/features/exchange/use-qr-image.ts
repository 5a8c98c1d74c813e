import { useEffect, useState } from 'react';
import { type QrImage, qrCodeImage } from '@/lib/qr';

/** The QR code of `link`, made after the first render; 'tooLong' when no QR code can hold it. */
export function useQrImage(link: string | null): QrImage | 'tooLong' | null {
  const [image, setImage] = useState<QrImage | 'tooLong' | null>(null);
  useEffect(() => {
    if (link === null) return;
    let current = true;
    void qrCodeImage(link).then((result) => {
      if (current) setImage(result.ok ? result.value : result.error);
    });
    return () => {
      current = false;
    };
  }, [link]);
  return image;
}
