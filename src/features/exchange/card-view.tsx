import { useTranslation } from 'react-i18next';
import { decodeCardScores, type ExchangeCard, type ThemeLine } from '@/domain/exchange-card';
import { themeKey } from '@/lib/i18n-keys';
import type { QrImage } from '@/lib/qr';
import { cardFacts } from './card-facts';

/**
 * An exchange card as others see it (and as it prints): name, profile facts, what the collective
 * can share and wants to learn with the board's lines, and the contact line.
 */
export function CardView({ card, qr = null }: { card: ExchangeCard; qr?: QrImage | null }) {
  const { t, i18n } = useTranslation('exchange');
  const { t: tq } = useTranslation('questionnaire');
  const { t: tp } = useTranslation('profile');
  const scores = decodeCardScores(card.scores);
  const themeList = (lines: ThemeLine[]) =>
    lines.length === 0 ? (
      <p>{t('card.nothing')}</p>
    ) : (
      <ul className="card-view__themes">
        {lines.map(({ theme, line }) => {
          const score = scores[theme];
          return (
            <li key={theme}>
              <strong>{tq(themeKey(theme, 'title'))}</strong>{' '}
              <span className="card-view__score">
                ({score === null ? t('card.noScore') : t('card.score', { score })})
              </span>
              {line ? <span className="card-view__line">{line}</span> : null}
            </li>
          );
        })}
      </ul>
    );

  return (
    <article className="card-view" aria-label={t('card.label')}>
      <header className="card-view__head">
        <p className="card-view__kind">{t('card.label')}</p>
        <h2 className="card-view__name">{card.name}</h2>
        <p className="card-view__facts">{cardFacts(card, t, tp).join(' · ')}</p>
      </header>
      <div className="card-view__columns">
        <section>
          <h3>{t('card.share')}</h3>
          {themeList(card.share)}
        </section>
        <section>
          <h3>{t('card.learn')}</h3>
          {themeList(card.learn)}
        </section>
      </div>
      <footer className="card-view__foot">
        {qr ? (
          // On paper only: whoever gets the printed card can scan it into their matchmaking.
          <img
            className="card-view__qr"
            src={qr.url}
            alt={t('send.qrAlt')}
            width={96}
            height={96}
          />
        ) : null}
        {card.contact ? (
          <p>
            <strong>{t('card.contact')}:</strong> {card.contact}
          </p>
        ) : null}
        <p>
          {t('card.made', {
            date: new Date(card.madeAt).toLocaleDateString(i18n.language, { dateStyle: 'long' }),
          })}
        </p>
      </footer>
    </article>
  );
}
