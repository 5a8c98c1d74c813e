import { useTranslation } from 'react-i18next';
import type { Session } from '@/domain/session';
import { retiredQuestionKey } from '@/lib/i18n-keys';
import { useSessionStore } from '@/stores/session-store';
import { Notice } from '@/ui/notice';
import { RetiredList } from '@/ui/retired-list';

/** A session read from an earlier edition: which statements no longer count, until let go. */
export function RetiredSession({ session }: { session: Session }) {
  const { t } = useTranslation('retired');
  const forgetRetired = useSessionStore((state) => state.forgetRetired);
  const retired = session.retired;
  if (!retired) return null;
  return (
    <Notice
      tone="info"
      title={t('session.title')}
      actions={
        <button type="button" className="button" onClick={() => forgetRetired(session.id)}>
          {t('session.letGo')}
        </button>
      }
    >
      <p>
        {t('session.text', {
          edition: retired.questionnaireVersion,
          count: retired.statements.length,
        })}
      </p>
      <RetiredList
        statements={retired.statements.map((id) => t(retiredQuestionKey(id), { defaultValue: id }))}
        more={(count) => t('notice.more', { count })}
      />
    </Notice>
  );
}
