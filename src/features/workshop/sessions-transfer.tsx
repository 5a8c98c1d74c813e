import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { toSessionsFile } from '@/domain/session';
import { MAX_IMPORT_BYTES } from '@/domain/session-format';
import { downloadText, readTextFile } from '@/lib/file';
import { parseSessionsFileOffThread } from '@/lib/json-import';
import { useSessionStore } from '@/stores/session-store';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';

type Message = { tone: 'info' | 'warning'; text: string } | null;

/** Export every session to one file, and import such a file; a bad file changes nothing. */
export function SessionsTransfer() {
  const { t } = useTranslation('workshop');
  const sessions = useSessionStore((state) => state.sessions);
  const importSessions = useSessionStore((state) => state.importSessions);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const read = await readTextFile(file, MAX_IMPORT_BYTES);
    if (!read.ok) {
      setBusy(false);
      setMessage({
        tone: 'warning',
        text: t(`import.errors.${read.error}`, { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
      });
      return;
    }
    const parsed = await parseSessionsFileOffThread(read.value, editions);
    setBusy(false);
    if (!parsed.ok) {
      setMessage({
        tone: 'warning',
        text: t(`import.errors.${parsed.error}`, { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
      });
      return;
    }
    const saved = importSessions(parsed.value);
    setMessage(
      saved.ok
        ? { tone: 'info', text: t('import.done', { count: saved.added }) }
        : { tone: 'warning', text: t('import.notSaved') },
    );
  };

  return (
    <section aria-labelledby="sessions-transfer">
      <h2 id="sessions-transfer">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={sessions.length === 0}
          onClick={() =>
            downloadText(
              `collective-scan-sessions-${new Date().toISOString().slice(0, 10)}.json`,
              JSON.stringify(
                toSessionsFile(sessions, questionnaire.version, new Date().toISOString()),
              ),
            )
          }
        >
          {t('import.export')}
        </button>
        <FileButton
          label={t('import.choose')}
          accept=".json,application/json"
          onFiles={(files) => void onFile(files[0])}
        />
      </div>
      <p role="status">{busy ? t('import.busy') : ''}</p>
      {message ? <Notice tone={message.tone} title={message.text} /> : null}
    </section>
  );
}
