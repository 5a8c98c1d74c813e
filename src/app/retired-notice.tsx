import { useTranslation } from 'react-i18next';
import { droppedStatements } from '@/domain/editions';
import type { RetiredAnswers } from '@/domain/scan-state';
import { downloadText } from '@/lib/file';
import { retiredAnswerKey, retiredQuestionKey } from '@/lib/i18n-keys';
import { useScanStore } from '@/stores/scan-store';
import { Notice } from '@/ui/notice';
import { RetiredList } from '@/ui/retired-list';

/** Lists the answers that no longer count (by the words of their statements) and lets them go. */
export function RetiredNotice({ retired }: { retired: RetiredAnswers }) {
  // The retired texts load only when there is something to say about them.
  const { t } = useTranslation('retired');
  const forgetRetired = useScanStore((state) => state.forgetRetired);
  const statements = droppedStatements(retired.answers);
  const words = statements.map((id) => t(retiredQuestionKey(id), { defaultValue: id }));
  return (
    <div className="notices">
      <Notice
        tone="info"
        title={t('notice.title')}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `collective-scan-edition-${retired.questionnaireVersion}-answers.json`,
                  JSON.stringify(
                    statements.map((id, index) => ({
                      id,
                      [t('file.statement')]: words[index],
                      [t('file.answer')]: t(retiredAnswerKey(id, retired.answers[id] ?? ''), {
                        defaultValue: retired.answers[id],
                      }),
                    })),
                    null,
                    2,
                  ),
                )
              }
            >
              {t('notice.download')}
            </button>
            <button type="button" className="button" onClick={forgetRetired}>
              {t('notice.letGo')}
            </button>
          </>
        }
      >
        <p>{t('notice.scan', { count: statements.length })}</p>
        <RetiredList statements={words} more={(count) => t('notice.more', { count })} />
        <p>{t('notice.newStatements')}</p>
      </Notice>
    </div>
  );
}
