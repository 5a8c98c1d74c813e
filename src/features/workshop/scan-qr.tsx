import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraError } from '@/lib/camera';
import { decodeQrFile, releaseQrDecoder } from '@/lib/qr';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';
import { useCameraScan } from '@/ui/use-camera-scan';
import { ScanLog } from './scan-log';
import { useQrIntake } from './use-qr-intake';
import './qr.css';

/**
 * "Scan QR codes": the laptop camera reads members' hand-in codes one after another, each through
 * the same intake as a pasted link. Without a camera (or permission), a photo of a code works too.
 */
export function ScanQr({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('handin');
  const [camera, setCamera] = useState<'off' | 'on' | CameraError>('off');
  const video = useRef<HTMLVideoElement>(null);
  const captionId = useId();
  const { notes, takeCode, notePhotoError } = useQrIntake(sessionId);
  useCameraScan(camera === 'on', video, (text) => takeCode(text, true), setCamera);
  // The decoder's worker goes when the screen does.
  useEffect(() => releaseQrDecoder, []);

  const openPhotos = async (files: FileList) => {
    for (const file of files) {
      const result = await decodeQrFile(file);
      if (result.ok) takeCode(result.value, false);
      else notePhotoError(result.error, file.name);
    }
  };
  const photoButton = (
    <FileButton
      label={t('scan.photo')}
      accept="image/*"
      multiple
      onFiles={(files) => void openPhotos(files)}
    />
  );
  const failed = camera === 'unavailable' || camera === 'denied';

  return (
    <section aria-labelledby="scan-qr" className="scan-qr">
      <h2 id="scan-qr">{t('scan.title')}</h2>
      <p>{t('scan.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setCamera(camera === 'on' ? 'off' : 'on')}
        >
          {camera === 'on' ? t('scan.stop') : t('scan.start')}
        </button>
        {failed ? null : photoButton}
      </div>
      {failed ? (
        <Notice tone="warning" title={t(`scan.${camera}`)} actions={photoButton}>
          <p>{t('scan.fallback')}</p>
        </Notice>
      ) : null}
      <div className="scan-qr__live">
        {camera === 'on' ? (
          <figure className="scan-qr__preview">
            <video
              ref={video}
              muted
              playsInline
              aria-label={t('scan.preview')}
              aria-describedby={captionId}
            />
            <figcaption id={captionId}>{t('scan.previewText')}</figcaption>
          </figure>
        ) : null}
        <ScanLog notes={notes} />
      </div>
    </section>
  );
}
