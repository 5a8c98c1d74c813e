import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type Action } from '@/domain/records';
import { actionText } from '@/lib/i18n-keys';
import { useRecordsStore } from '@/stores/records-store';
import '@/ui/field.css';

/** The action plan: chosen or own steps, each with an owner, a due date and a status. */
export function ActionPlan() {
  const { t } = useTranslation('results');
  const actions = useRecordsStore((state) => state.actions);
  const addAction = useRecordsStore((state) => state.addAction);
  const [own, setOwn] = useState('');
  const ownId = useId();
  return (
    <section aria-labelledby="action-plan" className="action-plan">
      <h2 id="action-plan" tabIndex={-1}>
        {t('plan.title')}
      </h2>
      {actions.length === 0 ? <p>{t('plan.empty')}</p> : null}
      <ul className="plan-list">
        {actions.map((action) => (
          <PlanItem key={action.id} action={action} />
        ))}
      </ul>
      <form
        className="inline-form no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (!own.trim()) return;
          addAction({ text: own.trim() });
          setOwn('');
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ownId}>
            {t('plan.ownLabel')}
          </label>
          <input
            id={ownId}
            type="text"
            maxLength={300}
            value={own}
            onChange={(event) => setOwn(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('plan.addOwn')}
        </button>
      </form>
    </section>
  );
}

function PlanItem({ action }: { action: Action }) {
  const { t } = useTranslation('results');
  const { t: ta } = useTranslation('advice');
  // Plan steps from the first edition's advice read their words from the retired texts.
  const { t: tr } = useTranslation('retired');
  const text = actionText(action, ta, tr);
  const updateAction = useRecordsStore((state) => state.updateAction);
  const removeAction = useRecordsStore((state) => state.removeAction);
  const id = useId();
  return (
    <li className="plan-item">
      <p className="plan-item__text">{text}</p>
      <div className="plan-item__fields">
        <label htmlFor={`${id}-owner`}>{t('plan.owner')}</label>
        <input
          id={`${id}-owner`}
          type="text"
          maxLength={80}
          value={action.owner}
          onChange={(event) => updateAction(action.id, { owner: event.target.value })}
        />
        <label htmlFor={`${id}-due`}>{t('plan.due')}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={action.due}
          onChange={(event) => updateAction(action.id, { due: event.target.value })}
        />
        <label htmlFor={`${id}-status`}>{t('plan.status')}</label>
        <select
          id={`${id}-status`}
          value={action.status}
          onChange={(event) =>
            updateAction(action.id, { status: event.target.value as Action['status'] })
          }
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`plan.statuses.${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small no-print"
          onClick={() => removeAction(action.id)}
          aria-label={`${t('plan.remove')}: ${text}`}
        >
          {t('plan.remove')}
        </button>
      </div>
    </li>
  );
}
