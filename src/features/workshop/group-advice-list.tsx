import { useTranslation } from 'react-i18next';
import { advice as adviceContent } from '@/content/advice';
import type { GroupAdvice } from '@/domain/group';
import { roundScore } from '@/domain/math';
import { conversationKey, stepKey, themeKey } from '@/lib/i18n-keys';

type Props = { advice: { act: GroupAdvice[]; talk: GroupAdvice[]; keep: GroupAdvice[] } };

/** Advice that weighs agreement: act on agreed weak themes, talk first where people differ, keep what works. */
export function GroupAdviceList({ advice }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  const mean = (item: GroupAdvice) => roundScore(item.stats.summary?.mean ?? 0);
  const block = (kind: 'talk' | 'act' | 'keep', items: GroupAdvice[]) =>
    items.length === 0 ? null : (
      <section aria-labelledby={`group-${kind}`} className={`group-advice group-advice--${kind}`}>
        <h3 id={`group-${kind}`}>{t(`advice.${kind}Title`)}</h3>
        <p>{t(`advice.${kind}Intro`)}</p>
        <ul className="advice-list">
          {items.map((item) => (
            <li key={item.themeId} className="advice">
              <h4>{tq(themeKey(item.themeId, 'title'))}</h4>
              <p className="advice__score">
                {t('advice.summary', {
                  mean: mean(item),
                  min: roundScore(item.stats.summary?.min ?? 0),
                  max: roundScore(item.stats.summary?.max ?? 0),
                })}
              </p>
              <ul className="advice__steps">
                {item.kind === 'talk'
                  ? (adviceContent.conversation[item.themeId] ?? []).map((question) => (
                      <li key={question}>{ta(conversationKey(item.themeId, question))}</li>
                    ))
                  : (item.advice?.steps ?? []).map((step) => (
                      <li key={step.key}>{ta(stepKey(step))}</li>
                    ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <>
      {block('talk', advice.talk)}
      {block('act', advice.act)}
      {block('keep', advice.keep)}
    </>
  );
}
