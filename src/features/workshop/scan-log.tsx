import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanNote } from './use-qr-intake';

const MARKS: Record<ScanNote['kind'], string> = {
  added: '✓',
  updated: '✓',
  duplicate: '=',
  older: '=',
  failed: '⚠',
  noCode: '⚠',
  unreadable: '⚠',
};

/** What each scanned code or opened photo did, newest last, in a live region screen readers announce. */
export function ScanLog({ notes }: { notes: ScanNote[] }) {
  const { t } = useTranslation('handin');
  const { t: tw } = useTranslation('workshop');
  const headingId = useId();

  const text = (note: ScanNote) => {
    switch (note.kind) {
      case 'failed':
        return t('scan.failed', { reason: tw(`share.errors.${note.error}`) });
      case 'noCode':
      case 'unreadable':
        return t(`scan.${note.kind}`, { file: note.file });
      default:
        return t(`scan.${note.kind}`, {
          name: note.name ?? tw('respondents.anonymous', { number: note.number }),
        });
    }
  };

  return (
    <div className="scan-log" role="log" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scan.log')}</h3>
      {notes.length === 0 ? (
        <p>{t('scan.none')}</p>
      ) : (
        <ul className="scan-log__list">
          {notes.map((note) => (
            <li
              key={note.id}
              className={`scan-log__item scan-log__item--${MARKS[note.kind] === '⚠' ? 'problem' : 'ok'}`}
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
