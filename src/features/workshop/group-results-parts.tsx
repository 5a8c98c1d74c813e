import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { advice as adviceContent } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { groupAdvice, groupScores, type ThemeGroupStats } from '@/domain/group';
import { scoresForSnapshot } from '@/domain/records';
import type { Session } from '@/domain/session';
import { useRecordsStore } from '@/stores/records-store';
import { useScanStore } from '@/stores/scan-store';
import { SaveSnapshotForm } from '@/ui/save-snapshot-form';
import { GroupAdviceList } from './group-advice-list';
import { GroupCsvButton } from './group-csv-button';

type Props = { session: Session; stats: ThemeGroupStats[] };

/** Under the group's chart and table: what the flag means, the discussion, downloads, the report. */
export function GroupChartActions({ session, stats }: Props) {
  const { t } = useTranslation('workshop');
  return (
    <>
      <p>{t('results.flagNote')}</p>
      {stats.some((theme) => theme.disagree) ? (
        <p>
          <Link href={`/workshop/${session.id}/discuss/1`} className="button button--primary">
            {t('results.discuss')}
          </Link>
        </p>
      ) : null}
      <div className="button-row">
        <GroupCsvButton stats={stats} name={session.name} />
        <Link href={`/workshop/${session.id}/report`} className="button no-print">
          {t('results.report')}
        </Link>
      </div>
    </>
  );
}

/** What the group could do first (agreement taken into account), and keeping the scores. */
export function GroupResultsAdvice({ session, stats }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tr } = useTranslation('results');
  const saveSnapshot = useRecordsStore((state) => state.saveSnapshot);
  const profile = useScanStore((state) => state.profile);
  return (
    <>
      <section aria-labelledby="group-advice">
        <h2 id="group-advice">{t('advice.title')}</h2>
        <GroupAdviceList advice={groupAdvice(stats, adviceContent, profileFacts(profile))} />
      </section>
      <SaveSnapshotForm
        title={tr('snapshot.title')}
        intro={tr('snapshot.intro')}
        nameLabel={tr('snapshot.nameLabel')}
        saveLabel={tr('snapshot.save')}
        defaultName={session.name}
        savedMessage={
          <>
            {tr('snapshot.saved')} <Link href="/history">{tr('snapshot.toHistory')}</Link>
          </>
        }
        notSavedMessage={tr('snapshot.notSaved')}
        onSave={(name) =>
          saveSnapshot({
            kind: 'group',
            questionnaireVersion: questionnaire.version,
            ...scoresForSnapshot(groupScores(questionnaire, stats)),
            name,
            createdAt: new Date().toISOString(),
          }) !== null
        }
      />
    </>
  );
}
