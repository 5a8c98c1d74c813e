import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { makeCardLink } from '@/lib/card-link';
import { PageHeading } from '@/ui/page-heading';
import { isQrImage, useQrImage } from '@/ui/use-qr-image';
import { CardForm } from './card-form';
import { CardView } from './card-view';
import { SendCard } from './send-card';
import { useOwnCard } from './use-own-card';
import './exchange.css';

/**
 * The board's exchange card (`#/card`): write a line per strong and weak theme, see the card as
 * others will, and pass it on as a link, a file, a QR code or on paper.
 */
export function CardPage() {
  const { t } = useTranslation('exchange');
  const { card, strongest, weakest, hasAnswers, hasName, ready } = useOwnCard();
  // The link (and its QR code) only once the collective's id is made and saved.
  const link = ready ? makeCardLink(card) : null;
  const qr = useQrImage(link);

  if (!hasAnswers) {
    return (
      <div className="exchange">
        <PageHeading>{t('title')}</PageHeading>
        <p>{t('empty')}</p>
        <Link href="/scan/profile" className="button button--primary">
          {t('startScan')}
        </Link>
      </div>
    );
  }

  return (
    <div className="exchange">
      <div className="no-print">
        <PageHeading>{hasName ? t('titleFor', { name: card.name }) : t('title')}</PageHeading>
        <p className="lead">{t('intro')}</p>
        <p className="exchange__private">{t('private')}</p>
        {hasName ? null : (
          <p>
            {t('noName')} <Link href="/scan/profile">{t('editProfile')}</Link>
          </p>
        )}
      </div>
      <div className="exchange__layout">
        <CardForm strongest={strongest} weakest={weakest} />
        <div className="exchange__preview">
          <CardView card={card} qr={isQrImage(qr) ? qr : null} />
        </div>
      </div>
      {link ? <SendCard card={card} link={link} qr={qr} /> : null}
      <p className="no-print">
        <Link href="/results">{t('backToResults')}</Link>
      </p>
    </div>
  );
}
