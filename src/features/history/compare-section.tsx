import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { compareSnapshots } from '@/domain/records';
import { themeKey } from '@/lib/i18n-keys';
import { Field } from '@/ui/field';
import { Radar, themeAxes } from '@/ui/radar';
import { ChangeTable } from './change-table';
import type { Side } from './compare-sides';

const themeIds = allThemes(questionnaire).map((theme) => theme.id);

/** Two sides picked from snapshots and "your answers now": a radar and the change per theme. */
export function CompareSection({
  sides,
  initialBefore,
  initialAfter,
}: {
  sides: Side[];
  initialBefore: string;
  initialAfter: string;
}) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const [beforeId, setBeforeId] = useState(initialBefore);
  const [afterId, setAfterId] = useState(initialAfter);
  // A side that went away (deleted, or the answers cleared) falls back to the first choice.
  const pick = (id: string, fallback: string) =>
    sides.find((side) => side.id === id) ?? sides.find((side) => side.id === fallback);
  const before = pick(beforeId, initialBefore);
  const after = pick(afterId, initialAfter);
  const options = sides.map((side) => (
    <option key={side.id} value={side.id}>
      {side.label}
    </option>
  ));
  const changes = before && after ? compareSnapshots(themeIds, before, after) : [];
  return (
    <section aria-labelledby="history-compare">
      <h2 id="history-compare">{t('history.compareTitle')}</h2>
      <div className="inline-form">
        <Field label={t('history.before')}>
          <select value={before?.id ?? ''} onChange={(event) => setBeforeId(event.target.value)}>
            {options}
          </select>
        </Field>
        <Field label={t('history.after')}>
          <select value={after?.id ?? ''} onChange={(event) => setAfterId(event.target.value)}>
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
                name: before.label,
                look: 'before',
                values: changes.map((c) => c.before),
              },
              {
                key: 'after',
                name: after.label,
                look: 'after',
                values: changes.map((c) => c.after),
              },
            ]}
            label={t('history.radarLabel', { before: before.label, after: after.label })}
            caption={t('history.radarCaption', { before: before.label, after: after.label })}
          />
          <ChangeTable changes={changes} before={before.label} after={after.label} />
        </>
      ) : null}
    </section>
  );
}
