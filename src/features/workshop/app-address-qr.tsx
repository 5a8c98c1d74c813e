import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appAddress } from '@/lib/address';
import { QrProblem } from '@/ui/qr-problem';
import { isQrImage, useQrImage } from '@/ui/use-qr-image';
import './qr.css';

/** Pixels per module as drawn; CSS scales the code up to fill a projector screen. */
const PIXELS_PER_MODULE = 10;

/** A QR code of the app's own address (no route, no data) for the room to open it on their phones. */
export function AppAddressQr() {
  const { t } = useTranslation('handin');
  const [address] = useState(() => appAddress());
  const image = useQrImage(address);

  return (
    <figure className="app-address-qr">
      <figcaption>
        {t('address.caption')} <strong className="app-address-qr__text">{address}</strong>
      </figcaption>
      {/* The app's address always fits: a problem here can only be the library not loading. */}
      <QrProblem image={image} tooLong="" />
      {isQrImage(image) ? (
        <img
          className="app-address-qr__code"
          src={image.url}
          alt={t('address.alt', { address })}
          width={image.modules * PIXELS_PER_MODULE}
          height={image.modules * PIXELS_PER_MODULE}
        />
      ) : null}
    </figure>
  );
}

/** "Show the app's address as a QR code": the code is only made when the disclosure is opened. */
export function AppAddressDisclosure() {
  const { t } = useTranslation('handin');
  const [open, setOpen] = useState(false);
  return (
    <details className="app-address" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('address.show')}</summary>
      {open ? <AppAddressQr /> : null}
    </details>
  );
}
