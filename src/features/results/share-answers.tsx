import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '@/domain/questionnaire';
import { downloadText } from '@/lib/file';
import { copyText } from '@/lib/share-link';
import { CopyLinkField } from '@/ui/copy-link-field';
import { HandInQr } from './hand-in-qr';
import { useAnswersShare } from './use-answers-share';
import '@/ui/field.css';

/**
 * Lets a member send their answers (those that count, with what the profile rules out as not
 * applicable) to a facilitator as a link or a file; nothing goes via a server.
 */
export function ShareAnswers({ answers }: { answers: Answers }) {
  const { t } = useTranslation('workshop');
  const { t: tr } = useTranslation('results');
  const [name, setName] = useState('');
  const nameId = useId();
  const { share, link, ready } = useAnswersShare(answers, name);

  return (
    <section aria-labelledby="share-answers" className="share">
      <h2 id="share-answers" tabIndex={-1}>
        {t('share.title')}
      </h2>
      <p>{t('share.intro')}</p>
      <p className="share__warning">
        <span aria-hidden="true">⚠ </span>
        {t('share.warning')}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          {t('share.nameLabel')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <CopyLinkField
        label={t('share.linkLabel')}
        link={link}
        copyLabel={tr('handIn.copy')}
        copiedText={t('share.copied')}
        failedText={t('share.copyFailed')}
        onCopy={() => copyText(link)}
      />
      <button
        type="button"
        className="button"
        onClick={() => downloadText('collective-scan-answers.json', JSON.stringify(share, null, 2))}
      >
        {t('share.download')}
      </button>
      {ready ? <HandInQr link={link} /> : null}
    </section>
  );
}
