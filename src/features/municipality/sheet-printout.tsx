import { useTranslation } from 'react-i18next';
import { isLadderRung } from '@/content/conversation-sheet';
import type { SheetDefaults, sheetThemes } from '@/domain/conversation-sheet';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { Profile } from '@/domain/profile';
import { OBSTACLE_ROWS, QUESTION_FIELDS, SHEET_ASKS, type Sheet } from '@/domain/sheet-schema';
import { bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

type Props = {
  sheet: Sheet;
  defaults: SheetDefaults;
  themes: ReturnType<typeof sheetThemes>;
  profile: Profile;
};

/**
 * The sheet as it prints: one A4 page in the app's language to take to the municipality. Who we
 * are, the four themes' scores in words, then only what the board filled in, and three questions.
 */
export function SheetPrintout({ sheet, defaults, themes, profile }: Props) {
  const { t, i18n } = useTranslation('sheet');
  const { t: tq } = useTranslation('questionnaire');
  const { t: tp } = useTranslation('profile');
  const name = profile.name ?? t('print.unnamed');
  const facts = [
    new Date().toLocaleDateString(i18n.language, { dateStyle: 'long' }),
    profile.sectors?.map((sector) => tp(`sectors.options.${sector}`)).join(', '),
    profile.legalForm ? tp(`legalForm.options.${profile.legalForm}`) : null,
    profile.members ? t('print.members', { count: profile.members }) : null,
    profile.founded ? t('print.founded', { year: profile.founded }) : null,
    profile.scale ? tp(`scale.options.${profile.scale}`) : null,
  ].filter(Boolean);
  const obstacles = OBSTACLE_ROWS.filter((row) => sheet[row.rule] || sheet[row.counter]);
  const ladderNow = sheet.ladderNow ?? defaults.ladderNow;
  const asks = SHEET_ASKS.filter((ask) => sheet[ask]);
  const questions = QUESTION_FIELDS.map(
    (field, index) => sheet[field] ?? defaults.questions[index] ?? '',
  ).filter((question) => question.trim() !== '');
  const participation =
    sheet.shamExample || sheet.realParticipation || isLadderRung(ladderNow) || sheet.ladderWanted;

  return (
    <article className="sheet municipality-sheet" aria-labelledby="municipality-sheet-title">
      <header>
        <h2 id="municipality-sheet-title" className="municipality-sheet__title">
          {t('print.title', { name })}
        </h2>
        <p className="sheet__meta">{facts.join(' · ')}</p>
      </header>

      <table className="sheet-table municipality-sheet__scores">
        <caption>
          {t('sections.scores')}{' '}
          <span className="municipality-sheet__caption-note">{t('print.scoresCaption')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('print.theme')}</th>
            <th scope="col" className="sheet-table__number">
              {t('print.score')}
            </th>
            <th scope="col">{t('print.level')}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.themeId}>
              <th scope="row">{tq(themeKey(theme.themeId, 'title'))}</th>
              {theme.score === null ? (
                <td colSpan={2}>{t('print.tooFew')}</td>
              ) : (
                <>
                  <td className="sheet-table__number">{roundScore(theme.score)}</td>
                  <td>
                    <Band level={levelOf(theme.score)} label={tq(bandKey(levelOf(theme.score)))} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      {sheet.contribution ? (
        <section aria-labelledby="print-contribution">
          <h3 id="print-contribution">{t('sections.contribution')}</h3>
          <p className="municipality-sheet__text">{sheet.contribution}</p>
        </section>
      ) : null}

      {obstacles.length > 0 ? (
        <section aria-labelledby="print-obstacles">
          <h3 id="print-obstacles">{t('sections.obstacles')}</h3>
          <table className="sheet-table municipality-sheet__obstacles">
            <thead>
              <tr>
                <th scope="col">{t('print.rule')}</th>
                <th scope="col">{t('print.counter')}</th>
              </tr>
            </thead>
            <tbody>
              {obstacles.map((row) => (
                <tr key={row.rule}>
                  <td className="municipality-sheet__text">{sheet[row.rule]}</td>
                  <td className="municipality-sheet__text">{sheet[row.counter]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {participation ? (
        <section aria-labelledby="print-participation">
          <h3 id="print-participation">{t('sections.participation')}</h3>
          {sheet.shamExample ? (
            <p className="municipality-sheet__text">
              <strong>{t('print.shamExample')}</strong> {sheet.shamExample}
            </p>
          ) : null}
          {isLadderRung(ladderNow) || isLadderRung(sheet.ladderWanted) ? (
            <p>
              {isLadderRung(ladderNow) ? (
                <>
                  <strong>{t('print.ladderNow')}</strong> {t(`ladder.${ladderNow}`)}.{' '}
                </>
              ) : null}
              {isLadderRung(sheet.ladderWanted) ? (
                <>
                  <strong>{t('print.ladderWanted')}</strong> {t(`ladder.${sheet.ladderWanted}`)}.{' '}
                </>
              ) : null}
              <span className="municipality-sheet__small">{t('print.ladderNote')}</span>
            </p>
          ) : null}
          {sheet.realParticipation ? (
            <p className="municipality-sheet__text">
              <strong>{t('print.realParticipation')}</strong> {sheet.realParticipation}
            </p>
          ) : null}
        </section>
      ) : null}

      {asks.length > 0 || sheet.recognitionNote ? (
        <section aria-labelledby="print-recognition">
          <h3 id="print-recognition">{t('sections.recognition')}</h3>
          {asks.length > 0 ? (
            <ul className="municipality-sheet__asks">
              {asks.map((ask) => (
                <li key={ask}>{t(`fields.${ask}`)}</li>
              ))}
            </ul>
          ) : null}
          {sheet.recognitionNote ? (
            <p className="municipality-sheet__text">{sheet.recognitionNote}</p>
          ) : null}
        </section>
      ) : null}

      {questions.length > 0 ? (
        <section aria-labelledby="print-questions">
          <h3 id="print-questions">{t('sections.questions')}</h3>
          <ol className="municipality-sheet__questions">
            {questions.map((question, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole; two questions may read the same.
              <li key={index} className="municipality-sheet__text">
                {question}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <footer className="sheet__notes">
        <p>{t('print.method')}</p>
      </footer>
    </article>
  );
}
