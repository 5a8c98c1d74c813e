import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import type { Answers } from '@/domain/questionnaire';
import type { ScanScores } from '@/domain/scoring';
import { makeSharedResults } from '@/domain/shared-results';
import { copyText, makeShareLink } from '@/lib/share-link';
import { useScanStore } from '@/stores/scan-store';
import { CopyLinkField } from '@/ui/copy-link-field';

/** A read-only link to these results (scores and profile; the answers only when chosen). */
export function ShareResults({ scores, answers }: { scores: ScanScores; answers: Answers }) {
  const { t } = useTranslation('results');
  const profile = useScanStore((state) => state.profile);
  const [withAnswers, setWithAnswers] = useState(false);
  const link = useMemo(
    () =>
      makeShareLink(
        makeSharedResults({
          scores,
          profile,
          questionnaireVersion: questionnaire.version,
          sharedAt: new Date().toISOString(),
          answers: withAnswers ? encodeAnswers(currentLayout, answers) : undefined,
        }),
        'shared',
      ),
    [scores, profile, answers, withAnswers],
  );
  return (
    <section aria-labelledby="share-results" className="share no-print">
      <h2 id="share-results" tabIndex={-1}>
        {t('shareResults.title')}
      </h2>
      <p>{t('shareResults.intro')}</p>
      <p className="share__warning">
        <span aria-hidden="true">⚠ </span>
        {t('shareResults.warning')}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={withAnswers}
          onChange={(event) => setWithAnswers(event.target.checked)}
        />
        {t('shareResults.withAnswers')}
      </label>
      <CopyLinkField
        label={t('shareResults.linkLabel')}
        link={link}
        copyLabel={t('shareResults.copy')}
        copiedText={t('shareResults.copied')}
        failedText={t('shareResults.copyFailed')}
        onCopy={() => copyText(link)}
      />
    </section>
  );
}
