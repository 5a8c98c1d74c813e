import { useTranslation } from 'react-i18next';

/** The ranking rule in words, next to every list of matches. */
export function RuleNote() {
  const { t } = useTranslation('matchmaking');
  return (
    <>
      <p className="rule-note__short">{t('rule.short')}</p>
      <details className="rule-note">
        <summary>{t('rule.title')}</summary>
        <p>{t('rule.canShare')}</p>
        <ol>
          <li>{t('rule.score')}</li>
          <li>{t('rule.distance')}</li>
          <li>{t('rule.place')}</li>
          <li>{t('rule.name')}</li>
        </ol>
        <p>{t('rule.crossSector')}</p>
      </details>
    </>
  );
}
