import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { type Snapshot, scoresForSnapshot } from '@/domain/records';
import { useRecordsStore } from '@/stores/records-store';
import { useScanResult } from '@/stores/scan-result';
import { PageHeading } from '@/ui/page-heading';
import { SaveSnapshotForm } from '@/ui/save-snapshot-form';
import { CompareSection } from './compare-section';
import { compareSides } from './compare-sides';

/**
 * Saved snapshots on this device, compared two at a time or one with the answers as they stand
 * now; with answers, the scan can be saved as a snapshot right here, so a first snapshot is never
 * a dead end.
 */
export function HistoryPage() {
  const { t, i18n } = useTranslation('results');
  const snapshots = useRecordsStore((state) => state.snapshots);
  const deleteSnapshot = useRecordsStore((state) => state.deleteSnapshot);
  const saveSnapshot = useRecordsStore((state) => state.saveSnapshot);
  const { answers, profile, scores } = useScanResult();
  const hasAnswers = Object.keys(answers).length > 0;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const label = (snapshot: Snapshot) => `${snapshot.name} (${date(snapshot.createdAt)})`;
  const { sides, before, after } = compareSides(
    snapshots,
    hasAnswers ? { scores, label: t('history.current') } : null,
    label,
  );

  return (
    <div className="results">
      <PageHeading>{t('history.title')}</PageHeading>
      <p className="lead">{t('history.intro')}</p>
      {snapshots.length === 0 ? <p>{t('history.empty')}</p> : null}
      <ul className="session-list">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id}>
            <span>
              {label(snapshot)} · {t(`history.kind.${snapshot.kind}`)} ·{' '}
              {t('history.overall', { score: snapshot.overall ?? '–' })}
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => deleteSnapshot(snapshot.id)}
            >
              {t('history.delete')}
              <span className="visually-hidden"> {label(snapshot)}</span>
            </button>
          </li>
        ))}
      </ul>
      {snapshots.length === 1 && !hasAnswers ? (
        <p>
          {t('history.onlyOne')} <Link href="/scan/profile">{t('history.toScan')}</Link>
        </p>
      ) : null}
      {before && after ? (
        // Keyed by the first choice: when a snapshot is added, the comparison starts afresh.
        <CompareSection
          key={`${before}-${after}`}
          sides={sides}
          initialBefore={before}
          initialAfter={after}
        />
      ) : null}
      {hasAnswers ? (
        <SaveSnapshotForm
          title={t('history.saveTitle')}
          intro={t('history.saveIntro')}
          nameLabel={t('snapshot.nameLabel')}
          saveLabel={t('snapshot.save')}
          defaultName={t('snapshot.defaultName', {
            date: new Date().toLocaleDateString(i18n.language),
          })}
          savedMessage={t('history.saved')}
          notSavedMessage={t('snapshot.notSaved')}
          onSave={(name) =>
            saveSnapshot({
              kind: 'individual',
              questionnaireVersion: questionnaire.version,
              ...scoresForSnapshot(scores),
              profile,
              answers,
              name,
              createdAt: new Date().toISOString(),
            }) !== null
          }
        />
      ) : null}
    </div>
  );
}
