import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraError } from '@/lib/camera';
import { decodeQrFile, releaseQrDecoder } from '@/lib/qr';
import { FileButton } from '@/ui/file-button';
import { useCameraScan } from '@/ui/use-camera-scan';
import { cardsFromLinks } from './card-intake';
import type { useCardIntake } from './use-card-intake';

/** A code read again within this time is the same card still in front of the camera. */
const SAME_CODE_MS = 3000;

/** Reads card QR codes with the laptop camera (or from photos), one after another. */
export function ScanCards({ take }: { take: ReturnType<typeof useCardIntake>['take'] }) {
  const { t } = useTranslation('matchmaking');
  const [camera, setCamera] = useState<'off' | 'on' | CameraError>('off');
  const video = useRef<HTMLVideoElement>(null);
  const lastSeen = useRef(new Map<string, number>());
  const captionId = useId();
  useEffect(() => releaseQrDecoder, []);

  const takeCode = (text: string) => {
    const now = Date.now();
    const before = lastSeen.current.get(text);
    lastSeen.current.set(text, now);
    if (before !== undefined && now - before < SAME_CODE_MS) return;
    take(cardsFromLinks(text));
  };
  useCameraScan(camera === 'on', video, takeCode, setCamera);

  const openPhotos = async (chosen: FileList) => {
    // Copied at once: the file button empties its list right after handing it over.
    for (const file of [...chosen]) {
      const result = await decodeQrFile(file);
      take(
        result.ok
          ? cardsFromLinks(result.value)
          : { cards: [], failures: [{ item: file.name, error: 'notACard' }] },
      );
    }
  };
  const failed = camera === 'unavailable' || camera === 'denied';

  return (
    <div className="scan-cards">
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => setCamera(camera === 'on' ? 'off' : 'on')}
        >
          {camera === 'on' ? t('add.stopCamera') : t('add.camera')}
        </button>
        <FileButton
          label={t('add.photo')}
          accept="image/*"
          multiple
          onFiles={(files) => void openPhotos(files)}
        />
      </div>
      {failed ? <p role="alert">{t(`add.${camera}`)}</p> : null}
      {camera === 'on' ? (
        <figure className="scan-cards__preview">
          <video
            ref={video}
            muted
            playsInline
            aria-label={t('add.preview')}
            aria-describedby={captionId}
          />
          <figcaption id={captionId}>{t('add.previewText')}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}
