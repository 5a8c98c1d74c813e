import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CARD_BYTES } from '@/domain/exchange-card';
import { readTextFile } from '@/lib/file';
import { FileButton } from '@/ui/file-button';
import { cardsFromFiles, cardsFromManyLinks } from './card-intake';
import { IntakeLog } from './intake-log';
import { ScanCards } from './scan-cards';
import { useCardIntake } from './use-card-intake';

/** Opening many cards at once: paste links, choose or drop files, or scan QR codes. */
export function AddCards() {
  const { t } = useTranslation('matchmaking');
  const [links, setLinks] = useState('');
  const [dragging, setDragging] = useState(false);
  const linksId = useId();
  const { notes, take } = useCardIntake();

  const openFiles = async (chosen: Iterable<File>) => {
    // Copied at once: the file button empties its list right after handing it over.
    const files = [...chosen];
    // Read side by side: one after another, 200 files keep the page busy for a second.
    const texts = await Promise.all(files.map((file) => readTextFile(file, MAX_CARD_BYTES)));
    const read: { name: string; text: string }[] = [];
    const failures: { item: string; error: 'tooLarge' | 'unreadable' }[] = [];
    texts.forEach((text, index) => {
      const name = files[index]?.name ?? String(index + 1);
      if (text.ok) read.push({ name, text: text.value });
      else failures.push({ item: name, error: text.error });
    });
    const intake = cardsFromFiles(read);
    take({ cards: intake.cards, failures: [...failures, ...intake.failures] });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFiles(event.dataTransfer.files);
  };

  return (
    <section
      aria-labelledby="add-cards"
      className={`add-cards no-print${dragging ? ' add-cards--dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="add-cards">{t('add.title')}</h2>
      <p>{t('add.intro')}</p>
      <div className="add-cards__ways">
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            setLinks('');
            void cardsFromManyLinks(links).then(take);
          }}
        >
          <label className="field__label" htmlFor={linksId}>
            {t('add.links')}
          </label>
          <textarea
            id={linksId}
            rows={4}
            value={links}
            onChange={(event) => setLinks(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={!links.trim()}>
              {t('add.addLinks')}
            </button>
          </div>
        </form>
        <div>
          <p className="field__label">{t('add.filesTitle')}</p>
          <p className="field__hint">{t('add.filesHint')}</p>
          <FileButton
            label={t('add.files')}
            accept=".json,application/json"
            multiple
            onFiles={(files) => void openFiles(files)}
          />
          <p className="field__label add-cards__qr">{t('add.qrTitle')}</p>
          <ScanCards take={take} />
        </div>
      </div>
      <IntakeLog notes={notes} />
    </section>
  );
}
