import { questionnaire } from '@/content/questionnaire';
import { type Backup, makeBackup } from '@/domain/backup';
import { scanCsvRows } from '@/domain/csv-rows';
import { scoreAssessment } from '@/domain/scoring';
import { useRecordsStore } from '@/stores/records-store';
import { useScanStore } from '@/stores/scan-store';
import { useSessionStore } from '@/stores/session-store';

/** Everything this device keeps, as one backup. */
export function currentBackup(exportedAt: string): Backup {
  const { profile, answers, updatedAt } = useScanStore.getState();
  const { snapshots, actions } = useRecordsStore.getState();
  const { sessions } = useSessionStore.getState();
  return makeBackup({
    questionnaireVersion: questionnaire.version,
    exportedAt,
    scan: { profile, answers, updatedAt },
    snapshots,
    actions,
    sessions,
  });
}

type Translate = (key: string) => string;

/** The CSV's header and rows, with ids turned into the current language's words. */
export function csvTable(
  t: Translate,
  tq: Translate,
): { header: string[]; rows: (string | number | null)[][] } {
  const { answers } = useScanStore.getState();
  const rows = scanCsvRows(questionnaire, answers, scoreAssessment(questionnaire, answers));
  const area = (id: string) => tq(`areas.${id}.title`);
  const theme = (id: string) => tq(`themes.${id}.title`);
  const answerLabel = (questionId: string, answer: string | null) => {
    if (answer === null) return '';
    const [themeId, key] = questionId.split('.');
    const question = questionnaire.areas
      .flatMap((a) => a.themes)
      .flatMap((th) => th.questions)
      .find((q) => q.id === questionId);
    return question?.kind === 'choice' && answer !== 'dont-know' && answer !== 'not-applicable'
      ? tq(`options.${themeId}.${key}.${answer}`)
      : tq(`scale.${answer}`);
  };
  return {
    header: [
      t('data:csv.kind'),
      t('data:csv.area'),
      t('data:csv.theme'),
      t('data:csv.question'),
      t('data:csv.statement'),
      t('data:csv.answer'),
      t('data:csv.points'),
      t('data:csv.score'),
    ],
    rows: rows.map((row) => {
      switch (row.kind) {
        case 'answer': {
          const [themeId, key] = row.questionId.split('.');
          return [
            t('data:csv.kinds.answer'),
            area(row.areaId),
            theme(row.themeId),
            row.questionId,
            tq(`questions.${themeId}.${key}.text`),
            answerLabel(row.questionId, row.answer),
            row.points,
            null,
          ];
        }
        case 'theme':
          return [
            t('data:csv.kinds.theme'),
            area(row.areaId),
            theme(row.themeId),
            null,
            null,
            null,
            null,
            row.score,
          ];
        case 'area':
          return [
            t('data:csv.kinds.area'),
            area(row.areaId),
            null,
            null,
            null,
            null,
            null,
            row.score,
          ];
        default:
          return [t('data:csv.kinds.overall'), null, null, null, null, null, null, row.score];
      }
    }),
  };
}
