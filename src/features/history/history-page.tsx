import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { compareSnapshots } from '@/domain/records';
import { themeKey } from '@/lib/i18n-keys';
import { useRecordsStore } from '@/stores/records-store';
import { Field } from '@/ui/field';
import { PageHeading } from '@/ui/page-heading';
import { Radar, themeAxes } from '@/ui/radar';
import { ChangeTable } from './change-table';

const themeIds = allThemes(questionnaire).map((theme) => theme.id);

/** Saved snapshots on this device; pick two to see what changed per theme. */
export function HistoryPage() {
  const { t: tq } = useTranslation('questionnaire');
  const { t, i18n } = useTranslation('results');
  const snapshots = useRecordsStore((state) => state.snapshots);
  const deleteSnapshot = useRecordsStore((state) => state.deleteSnapshot);
  const [beforeId, setBeforeId] = useState(snapshots[1]?.id ?? '');
  const [afterId, setAfterId] = useState(snapshots[0]?.id ?? '');
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const before = snapshots.find((snapshot) => snapshot.id === beforeId);
  const after = snapshots.find((snapshot) => snapshot.id === afterId);
  const label = (snapshot: (typeof snapshots)[number]) =>
    `${snapshot.name} (${date(snapshot.createdAt)})`;
  const options = snapshots.map((snapshot) => (
    <option key={snapshot.id} value={snapshot.id}>
      {label(snapshot)}
    </option>
  ));
  const changes = before && after ? compareSnapshots(themeIds, before, after) : [];

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
            <Field label={t('history.before')}>
              <select value={beforeId} onChange={(event) => setBeforeId(event.target.value)}>
                {options}
              </select>
            </Field>
            <Field label={t('history.after')}>
              <select value={afterId} onChange={(event) => setAfterId(event.target.value)}>
                {options}
              </select>
            </Field>
          </div>
          {before && after ? (
            <>
              {(before.questionnaireVersion ?? '1') !== (after.questionnaireVersion ?? '1') ? (
                <p>{t('history.editionNote')}</p>
              ) : null}
              <Radar
                axes={themeAxes(themeIds, (id) => tq(themeKey(id, 'short')))}
                lines={[
                  {
                    key: 'before',
                    name: label(before),
                    look: 'before',
                    values: changes.map((c) => c.before),
                  },
                  {
                    key: 'after',
                    name: label(after),
                    look: 'after',
                    values: changes.map((c) => c.after),
                  },
                ]}
                label={t('history.radarLabel', { before: label(before), after: label(after) })}
                caption={t('history.radarCaption', { before: label(before), after: label(after) })}
              />
              <ChangeTable changes={changes} before={label(before)} after={label(after)} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
