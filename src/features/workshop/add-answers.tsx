import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MergeOutcome, respondentNumber } from '@/domain/session';
import { readTextFile } from '@/lib/file';
import { useSessionStore } from '@/stores/session-store';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';
import {
  type IntakeResult,
  respondentsFromFiles,
  respondentsFromManyLinks,
} from './answers-intake';
import '@/ui/field.css';

/** An answers file is a few hundred bytes; anything this large is not one. */
const MAX_ANSWERS_FILE = 64 * 1024;

type Report = {
  outcomes: { item: string; name: string; outcome: MergeOutcome }[];
  failures: IntakeResult['failures'];
  upgraded: IntakeResult['upgraded'];
};

/**
 * Merge members' answers: paste several links at once, or choose or drop several files at once.
 * The report names every link or file and says what became of it.
 */
export function AddAnswers({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('workshop');
  const addRespondents = useSessionStore((state) => state.addRespondents);
  const [links, setLinks] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [dragging, setDragging] = useState(false);
  const linksId = useId();

  const take = (intake: IntakeResult) => {
    const outcomes = addRespondents(
      sessionId,
      intake.respondents.map((entry) => entry.respondent),
    );
    const listed =
      useSessionStore.getState().sessions.find((session) => session.id === sessionId)
        ?.respondents ?? [];
    setReport({
      outcomes: intake.respondents.map((entry, index) => ({
        item: entry.item,
        // Unnamed respondents are called as in the respondent list below.
        name:
          entry.respondent.name ??
          t('respondents.anonymous', {
            number: respondentNumber(listed, entry.respondent.id),
          }),
        outcome: outcomes[index] ?? 'duplicate',
      })),
      failures: intake.failures,
      upgraded: intake.upgraded,
    });
  };

  const takeLinks = async () => {
    setBusy(true);
    const intake = await respondentsFromManyLinks(links, (number) =>
      t('add.linkLabel', { number }),
    );
    setBusy(false);
    setLinks('');
    take(intake);
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

  const count = (outcome: MergeOutcome) =>
    report?.outcomes.filter((entry) => entry.outcome === outcome).length ?? 0;
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
        disabled={links.trim().length === 0 || busy}
        onClick={() => void takeLinks()}
      >
        {t('add.addLinks')}
      </button>
      <p role="status">{busy ? t('add.busy') : ''}</p>
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
          title={t('add.summary', { added: count('added'), updated: count('updated') })}
        >
          <ul aria-label={t('add.reportLabel')}>
            {report.outcomes.map((entry) => (
              <li key={`${entry.item}-${entry.outcome}`}>
                {t(`add.outcome.${entry.outcome}`, { item: entry.item, name: entry.name })}
              </li>
            ))}
            {report.upgraded.map((note) => (
              <li key={`${note.item}-edition`}>
                {t('add.edition', { item: note.item, edition: note.edition, count: note.dropped })}
              </li>
            ))}
            {report.failures.map((failure) => (
              <li key={`${failure.item}-failed`}>
                {t('add.failure', {
                  item: failure.item,
                  reason: t(`share.errors.${failure.error}`),
                })}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </section>
  );
}
