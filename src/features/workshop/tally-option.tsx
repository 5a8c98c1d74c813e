import { useTranslation } from 'react-i18next';

type TallyOptionProps = {
  shortcut: string;
  label: string;
  count: number;
  total: number;
  revealed: boolean;
  onAdd: () => void;
  onRemove: () => void;
};

/** One answer option in the tally: add or remove a vote; the count shows only once revealed. */
export function TallyOption({
  shortcut,
  label,
  count,
  total,
  revealed,
  onAdd,
  onRemove,
}: TallyOptionProps) {
  const { t } = useTranslation('workshop');
  const share = total > 0 ? Math.round((count / total) * 100) : 0;
  return (
    <li className="tally__option">
      <span className="tally__label">
        <kbd className="shortcut-key">{shortcut}</kbd> {label}
      </span>
      <span className="tally__count">
        {revealed ? (
          <>
            <span className="tally__bar" style={{ inlineSize: `${share}%` }} aria-hidden="true" />
            {t('tally.count', { count, share })}
          </>
        ) : (
          <span>{t('tally.countHidden')}</span>
        )}
      </span>
      <span className="tally__buttons">
        <button type="button" className="button button--small" onClick={onAdd}>
          +1<span className="visually-hidden"> {t('tally.addFor', { option: label })}</span>
        </button>
        {/* Never disabled: a disabled button would give away that the hidden count is 0. */}
        <button type="button" className="button button--small" onClick={onRemove}>
          −1<span className="visually-hidden"> {t('tally.removeFor', { option: label })}</span>
        </button>
      </span>
    </li>
  );
}
