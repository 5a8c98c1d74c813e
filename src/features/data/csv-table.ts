import type { TFunction } from 'i18next';
import { questionnaire } from '@/content/questionnaire';
import { type CsvTable, scanCsvRows } from '@/domain/csv-rows';
import { levelOf } from '@/domain/levels';
import type { Answers } from '@/domain/questionnaire';
import { allQuestions } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';
import { answerKey, areaKey, bandKey, questionKey, themeKey } from '@/lib/i18n-keys';

const questions = new Map(allQuestions(questionnaire).map((question) => [question.id, question]));

/**
 * The CSV export of the scan, with ids turned into the current language's words: above the table
 * the collective's name, the export date and the questionnaire version; then every answer on its
 * own scale, every theme, area and the total with its level in words ("too few answers" where a
 * theme has no score). `answers` are the answers that count (profile exclusions applied).
 */
export function csvTable(
  answers: Answers,
  about: { name: string | undefined; exportedOn: string },
  t: TFunction<'data'>,
  tq: TFunction<'questionnaire'>,
): CsvTable {
  const rows = scanCsvRows(questionnaire, answers, scoreAssessment(questionnaire, answers));
  const area = (id: string) => tq(areaKey(id, 'title'));
  const theme = (id: string) => tq(themeKey(id, 'title'));
  const level = (score: number | null) =>
    score === null ? tq('score.tooFewAnswers') : tq(bandKey(levelOf(score)));
  const answerLabel = (questionId: string, answer: string | null) => {
    const question = questions.get(questionId);
    return answer === null || !question ? '' : tq(answerKey(question, answer));
  };
  return {
    about: [
      [t('csv.meta.collective'), about.name?.trim() ? about.name : t('csv.meta.unnamed')],
      [t('csv.meta.exported'), about.exportedOn],
      [t('csv.meta.questionnaire'), questionnaire.version],
    ],
    header: [
      t('csv.kind'),
      t('csv.area'),
      t('csv.theme'),
      t('csv.question'),
      t('csv.statement'),
      t('csv.answer'),
      t('csv.points'),
      t('csv.score'),
      t('csv.level'),
    ],
    rows: rows.map((row) => {
      switch (row.kind) {
        case 'answer':
          return [
            t('csv.kinds.answer'),
            area(row.areaId),
            theme(row.themeId),
            row.questionId,
            tq(questionKey(row.questionId, 'text')),
            answerLabel(row.questionId, row.answer),
            row.points,
            null,
            null,
          ];
        case 'theme':
          return [
            t('csv.kinds.theme'),
            area(row.areaId),
            theme(row.themeId),
            null,
            null,
            null,
            null,
            row.score,
            level(row.score),
          ];
        case 'area':
          return [
            t('csv.kinds.area'),
            area(row.areaId),
            null,
            null,
            null,
            null,
            null,
            row.score,
            level(row.score),
          ];
        default:
          return [
            t('csv.kinds.overall'),
            null,
            null,
            null,
            null,
            null,
            null,
            row.score,
            level(row.score),
          ];
      }
    }),
  };
}
