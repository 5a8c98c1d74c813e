import { useTranslation } from 'react-i18next';
import type { QrImageState } from './use-qr-image';

/** Why a QR code is missing, in words; `tooLong` is the screen's own advice for a text too long. */
export function QrProblem({ image, tooLong }: { image: QrImageState; tooLong: string }) {
  const { t } = useTranslation();
  if (image === 'tooLong') return <p>{tooLong}</p>;
  if (image === 'notLoaded') return <p>{t('qrNotLoaded')}</p>;
  return null;
}
