import { useTranslation } from 'react-i18next';
import type { IntakeNote } from './use-card-intake';

const MARKS: Record<IntakeNote['kind'], string> = {
  added: '✓',
  updated: '✓',
  same: '=',
  older: '=',
  failed: '⚠',
  notSaved: '⚠',
};

/** What each pasted link, file or scanned code did, newest last; screen readers announce it. */
export function IntakeLog({ notes }: { notes: IntakeNote[] }) {
  const { t } = useTranslation('matchmaking');
  const text = (note: IntakeNote) => {
    switch (note.kind) {
      case 'failed':
        return t('log.failed', { item: note.item, reason: t(`errors.${note.error}`) });
      case 'notSaved':
        return t('log.notSaved');
      default:
        return t(`log.${note.kind}`, { name: note.name });
    }
  };
  return (
    <div className="intake-log" role="log" aria-labelledby="intake-log">
      <h3 id="intake-log">{t('log.title')}</h3>
      {notes.length === 0 ? (
        <p>{t('log.none')}</p>
      ) : (
        <ul className="intake-log__list">
          {notes.map((note) => (
            <li
              key={note.id}
              className={`intake-log__item intake-log__item--${MARKS[note.kind] === '⚠' ? 'problem' : 'ok'}`}
            >
              <span aria-hidden="true">{MARKS[note.kind]} </span>
              {text(note)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
