import { useTranslation } from 'react-i18next';
import type { ExchangeCard } from '@/domain/exchange-card';
import { csvDelimiter, exportFileName, localIsoDate } from '@/domain/export-format';
import { matchAll } from '@/domain/matching';
import { downloadCsv } from '@/lib/csv';
import { themeKey } from '@/lib/i18n-keys';

/** Every match as a CSV row: who wants to learn what, who can share, in rank order, and why. */
export function MatchesCsvButton({ cards }: { cards: readonly ExchangeCard[] }) {
  const { t, i18n } = useTranslation('matchmaking');
  const { t: tq } = useTranslation('questionnaire');
  const yes = (value: boolean) => (value ? t('csv.yes') : t('csv.no'));
  return (
    <button
      type="button"
      className="button no-print"
      onClick={() => {
        const today = localIsoDate(new Date());
        const byId = matchAll(cards);
        const rows: (string | number | null)[][] = [];
        for (const learner of cards) {
          for (const { theme, question, matches } of byId.get(learner.id) ?? []) {
            matches.forEach((match, index) => {
              rows.push([
                learner.name,
                learner.place ?? '',
                tq(themeKey(theme, 'title')),
                question ?? '',
                index + 1,
                match.card.name,
                match.card.place ?? '',
                match.score,
                match.distance,
                yes(match.samePlace),
                yes(match.crossSector),
                match.card.share.find((line) => line.theme === theme)?.line ?? '',
                match.card.contact ?? '',
              ]);
            });
          }
        }
        downloadCsv(
          exportFileName(undefined, today, 'csv', t('csv.fileKind')),
          {
            about: [
              [t('csv.exported'), today],
              [t('csv.cards'), String(cards.length)],
              [t('csv.rule'), t('rule.short')],
            ],
            header: [
              t('csv.learner'),
              t('csv.learnerPlace'),
              t('csv.theme'),
              t('csv.question'),
              t('csv.rank'),
              t('csv.sharer'),
              t('csv.sharerPlace'),
              t('csv.score'),
              t('csv.distance'),
              t('csv.samePlace'),
              t('csv.crossSector'),
              t('csv.example'),
              t('csv.contact'),
            ],
            rows,
          },
          csvDelimiter(i18n.language),
        );
      }}
    >
      {t('csv.download')}
    </button>
  );
}
