import { useTranslation } from 'react-i18next';
import { QrProblem } from '@/ui/qr-problem';
import { isQrImage, type QrImageState } from '@/ui/use-qr-image';

/** On-screen pixels per module, as for the answers hand-in: a laptop camera reads it well. */
const PIXELS_PER_MODULE = 7;

/** The card's link as a QR code for the coordinator's camera; nothing is sent anywhere. */
export function CardQr({ image }: { image: QrImageState }) {
  const { t } = useTranslation('exchange');
  return (
    <section aria-labelledby="card-qr" className="card-qr">
      <h3 id="card-qr">{t('send.qrTitle')}</h3>
      <p>{t('send.qrIntro')}</p>
      <QrProblem image={image} tooLong={t('send.qrTooLong')} />
      {isQrImage(image) ? (
        <img
          className="card-qr__code"
          src={image.url}
          alt={t('send.qrAlt')}
          width={image.modules * PIXELS_PER_MODULE}
          height={image.modules * PIXELS_PER_MODULE}
        />
      ) : null}
      <p className="card-qr__warning">
        <span aria-hidden="true">⚠ </span>
        {t('send.qrHolds')}
      </p>
    </section>
  );
}
