import { useTranslation } from 'react-i18next';
import type { Question } from '@/domain/questionnaire-schema';
import { questionKey, themeKey } from '@/lib/i18n-keys';
import { Notice } from '@/ui/notice';
import { ShortcutList } from '@/ui/shortcuts-dialog';

type Props = {
  audience: boolean;
  blocked: boolean;
  onOpenAudience: () => void;
  question: Question;
  revealed: boolean;
  shortcuts: { keys: string; action: string }[];
};

/**
 * Below the tally: open the audience window for the projector; once it is open, what only the
 * facilitator needs (notes for the statement, the shortcuts, what the room sees right now).
 */
export function PresenterPanel({
  audience,
  blocked,
  onOpenAudience,
  question,
  revealed,
  shortcuts,
}: Props) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  if (!audience) {
    return (
      <section aria-labelledby="presenter" className="presenter no-print">
        <h2 id="presenter" className="visually-hidden">
          {t('presenter.title')}
        </h2>
        <button type="button" className="button" onClick={onOpenAudience}>
          {t('presenter.open')}
        </button>
        <p className="presenter__hint">{t('presenter.hint')}</p>
        {blocked ? <Notice tone="warning" title={t('presenter.blocked')} /> : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="presenter" className="presenter presenter--on no-print">
      <h2 id="presenter">{t('presenter.title')}</h2>
      <p role="status">{revealed ? t('presenter.roomSees') : t('presenter.roomWaits')}</p>
      <h3>{t('presenter.notes')}</h3>
      <p>{tq(questionKey(question.id, 'help'))}</p>
      <p>{tq(themeKey(question.id.split('.')[0] ?? '', 'intro'))}</p>
      <h3>{t('shortcuts.title')}</h3>
      <ShortcutList shortcuts={shortcuts} />
    </section>
  );
}
