import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readTextFile } from '@/lib/file';
import { useSessionStore } from '@/stores/session-store';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';
import { type IntakeResult, respondentsFromFiles, respondentsFromLinks } from './answers-intake';
import '@/ui/field.css';

/** An answers file is a few hundred bytes; anything this large is not one. */
const MAX_ANSWERS_FILE = 64 * 1024;

/** Merge members' answers: paste several links at once, or choose or drop several files at once. */
export function AddAnswers({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('workshop');
  const addRespondents = useSessionStore((state) => state.addRespondents);
  const [links, setLinks] = useState('');
  const [report, setReport] = useState<{
    added: number;
    updated: number;
    failures: IntakeResult['failures'];
    upgraded: IntakeResult['upgraded'];
  } | null>(null);
  const [dragging, setDragging] = useState(false);
  const linksId = useId();

  const take = (intake: IntakeResult) => {
    const { added, updated } = addRespondents(sessionId, intake.respondents);
    setReport({ added, updated, failures: intake.failures, upgraded: intake.upgraded });
  };

  const takeFiles = async (files: FileList | null) => {
    if (!files) return;
    const read = await Promise.all(
      [...files].map(async (file) => {
        const result = await readTextFile(file, MAX_ANSWERS_FILE);
        return { name: file.name, text: result.ok ? result.value : '' };
      }),
    );
    take(respondentsFromFiles(read));
  };

  return (
    <section aria-labelledby="add-answers" className="add-answers">
      <h2 id="add-answers">{t('add.title')}</h2>
      <p>{t('add.intro')}</p>
      <div className="field field--wide">
        <label className="field__label" htmlFor={linksId}>
          {t('add.linksLabel')}
        </label>
        <textarea
          id={linksId}
          rows={4}
          value={links}
          onChange={(event) => setLinks(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={links.trim().length === 0}
        onClick={() => {
          take(respondentsFromLinks(links));
          setLinks('');
        }}
      >
        {t('add.addLinks')}
      </button>
      {/* Dropping is a shortcut; the file button inside does the same for keyboard and touch. */}
      <section
        aria-label={t('add.dropLabel')}
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void takeFiles(event.dataTransfer.files);
        }}
      >
        <p>{t('add.drop')}</p>
        <FileButton
          label={t('add.chooseFiles')}
          accept=".json,application/json"
          multiple
          onFiles={(files) => void takeFiles(files)}
        />
      </section>
      {report ? (
        <Notice
          tone={report.failures.length > 0 ? 'warning' : 'info'}
          title={t('add.report', { added: report.added, updated: report.updated })}
        >
          {report.upgraded.length > 0 ? (
            <ul>
              {report.upgraded.map((note) => (
                <li key={note.item}>
                  {t('add.edition', {
                    item: note.item,
                    edition: note.edition,
                    count: note.dropped,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {report.failures.length > 0 ? (
            <ul>
              {report.failures.map((failure) => (
                <li key={failure.item}>
                  {t('add.failure', {
                    item: failure.item,
                    reason: t(`share.errors.${failure.error}`),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
