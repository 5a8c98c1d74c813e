import { useTranslation } from 'react-i18next';
import type { ExchangeCard } from '@/domain/exchange-card';
import { exportFileName, localIsoDate } from '@/domain/export-format';
import { downloadText } from '@/lib/file';
import { printPage } from '@/lib/print';
import { copyText } from '@/lib/share-link';
import { CopyLinkField } from '@/ui/copy-link-field';
import type { QrImageState } from '@/ui/use-qr-image';
import { CardQr } from './card-qr';

/** The ways a card leaves the device, each only when the board chooses: link, file, QR code, paper. */
type SendCardProps = { card: ExchangeCard; link: string; qr: QrImageState };

export function SendCard({ card, link, qr }: SendCardProps) {
  const { t } = useTranslation('exchange');
  return (
    <section aria-labelledby="send-card" className="send-card no-print">
      <h2 id="send-card">{t('send.title')}</h2>
      <p>{t('send.intro')}</p>
      <CopyLinkField
        label={t('send.link')}
        link={link}
        copyLabel={t('send.copy')}
        copiedText={t('send.copied')}
        failedText={t('send.copyFailed')}
        onCopy={() => copyText(link)}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              exportFileName(card.name, localIsoDate(new Date()), 'json', t('send.fileKind')),
              JSON.stringify(card, null, 2),
            )
          }
        >
          {t('send.download')}
        </button>
        <button type="button" className="button" onClick={printPage}>
          {t('send.print')}
        </button>
      </div>
      <p className="field__hint">{t('send.printNote')}</p>
      <CardQr image={qr} />
    </section>
  );
}
