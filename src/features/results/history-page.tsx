import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { compareSnapshots } from '@/domain/records';
import { useRecordsStore } from '@/stores/records-store';
import { PageHeading } from '@/ui/page-heading';
import { ChangeTable } from './change-table';
import { CompareRadar } from './compare-radar';

const themeIds = allThemes(questionnaire).map((theme) => theme.id);

/** Saved snapshots on this device; pick two to see what changed per theme. */
export default function HistoryPage() {
  const { t, i18n } = useTranslation('results');
  const snapshots = useRecordsStore((state) => state.snapshots);
  const deleteSnapshot = useRecordsStore((state) => state.deleteSnapshot);
  const [beforeId, setBeforeId] = useState(snapshots[1]?.id ?? '');
  const [afterId, setAfterId] = useState(snapshots[0]?.id ?? '');
  const beforeFieldId = useId();
  const afterFieldId = useId();
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const before = snapshots.find((snapshot) => snapshot.id === beforeId);
  const after = snapshots.find((snapshot) => snapshot.id === afterId);
  const label = (snapshot: (typeof snapshots)[number]) =>
    `${snapshot.name} (${date(snapshot.createdAt)})`;

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
      {snapshots.length >= 2 ? (
        <section aria-labelledby="history-compare">
          <h2 id="history-compare">{t('history.compareTitle')}</h2>
          <div className="inline-form">
            <div className="field">
              <label className="field__label" htmlFor={beforeFieldId}>
                {t('history.before')}
              </label>
              <select
                id={beforeFieldId}
                value={beforeId}
                onChange={(event) => setBeforeId(event.target.value)}
              >
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {label(snapshot)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={afterFieldId}>
                {t('history.after')}
              </label>
              <select
                id={afterFieldId}
                value={afterId}
                onChange={(event) => setAfterId(event.target.value)}
              >
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {label(snapshot)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {before && after ? (
            <>
              <CompareRadar
                changes={compareSnapshots(themeIds, before, after)}
                before={label(before)}
                after={label(after)}
              />
              <ChangeTable
                changes={compareSnapshots(themeIds, before, after)}
                before={label(before)}
                after={label(after)}
              />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
