import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { parseCardText } from '@/domain/exchange-card';
import { readCardLink } from '@/lib/card-link';
import { useMatchmakingStore } from '@/stores/matchmaking-store';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { CardView } from './card-view';
import './exchange.css';

/**
 * A card someone sent as a link (`#/card/<payload>`): shown, not saved, until the reader adds it
 * to their matchmaking collection.
 */
export function ReceivedCardPage() {
  const { t } = useTranslation('exchange');
  const params = useParams<{ '*': string }>();
  const addCards = useMatchmakingStore((state) => state.addCards);
  const [added, setAdded] = useState(false);
  const json = readCardLink(params['*'] ?? '');
  const card = json === null ? null : parseCardText(json);

  return (
    <div className="exchange">
      <PageHeading>{t('received.title')}</PageHeading>
      {card?.ok ? (
        <>
          <p className="no-print">{t('received.intro')}</p>
          <div className="exchange__preview">
            <CardView card={card.value} />
          </div>
          <div className="button-row no-print">
            {added ? (
              <p role="status">{t('received.added')}</p>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setAdded(addCards([card.value]).saved.ok)}
              >
                {t('received.add')}
              </button>
            )}
            <Link href="/matchmaking" className="button">
              {t('received.open')}
            </Link>
          </div>
        </>
      ) : (
        <Notice tone="warning" title={t('received.broken')} />
      )}
    </div>
  );
}
