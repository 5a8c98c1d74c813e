import { useTranslation } from 'react-i18next';
import { QrProblem } from '@/ui/qr-problem';
import { isQrImage, useQrImage } from '@/ui/use-qr-image';
import './hand-in-qr.css';

/** On-screen pixels per module: a laptop camera reads 6 (60 px per 10 modules) well; 7 leaves room. */
const PIXELS_PER_MODULE = 7;

/**
 * "Hand in by QR code": the member's answers link (the same link as above) as a QR code the
 * facilitator's laptop camera reads; nothing is sent anywhere.
 */
export function HandInQr({ link }: { link: string }) {
  const { t } = useTranslation('handin');
  const image = useQrImage(link);

  return (
    <section aria-labelledby="hand-in-qr" className="hand-in-qr">
      <h3 id="hand-in-qr">{t('member.title')}</h3>
      <p>{t('member.intro')}</p>
      <QrProblem image={image} tooLong={t('member.tooLong')} />
      {isQrImage(image) ? (
        <img
          className="qr-code"
          src={image.url}
          alt={t('member.alt')}
          width={image.modules * PIXELS_PER_MODULE}
          height={image.modules * PIXELS_PER_MODULE}
        />
      ) : null}
      <p className="share__warning">
        <span aria-hidden="true">⚠ </span>
        {t('member.holds')}
      </p>
    </section>
  );
}
