import { useTranslation } from 'react-i18next';
import { percentOf } from '@/domain/math';

type TallyOptionProps = {
  shortcut: string;
  label: string;
  count: number;
  total: number;
  /** The highest count among the answers: its bar is full length, the others in proportion. */
  largest: number;
  /** Whether the count is shown; `hiddenFromRoom` marks a count the room cannot see yet. */
  showCount: boolean;
  hiddenFromRoom?: boolean;
  /** Absent in the audience window, which only shows. */
  onAdd?: () => void;
  onRemove?: () => void;
};

/** One answer option in the tally: its count and bar once shown, and +1/−1 for the facilitator. */
export function TallyOption({
  shortcut,
  label,
  count,
  total,
  largest,
  showCount,
  hiddenFromRoom = false,
  onAdd,
  onRemove,
}: TallyOptionProps) {
  const { t } = useTranslation('workshop');
  const share = percentOf(count, total);
  const barLength = largest > 0 ? (count / largest) * 100 : 0;
  return (
    <li className={`tally__option${hiddenFromRoom ? ' tally__option--private' : ''}`}>
      <span className="tally__label">
        <kbd className="shortcut-key">{shortcut}</kbd> {label}
      </span>
      <span className="tally__count">
        {showCount ? (
          <>
            <span className="tally__number">
              {t('tally.count', { count, share })}
              {/* Seen: the dashed outline and the presenter's status line; heard: this. */}
              {hiddenFromRoom ? (
                <span className="visually-hidden"> ({t('tally.notInRoom')})</span>
              ) : null}
            </span>
            {/* The number carries the meaning; the bar next to it helps the eye compare answers. */}
            <span className="tally__track" aria-hidden="true">
              <span className="tally__bar" style={{ inlineSize: `${barLength}%` }} />
            </span>
          </>
        ) : (
          <span className="tally__hidden">{t('tally.countHidden')}</span>
        )}
      </span>
      {onAdd && onRemove ? (
        <span className="tally__buttons">
          <button type="button" className="button button--small" onClick={onAdd}>
            +1<span className="visually-hidden"> {t('tally.addFor', { option: label })}</span>
          </button>
          {/* Never disabled: a disabled button would give away that the hidden count is 0. */}
          <button type="button" className="button button--small" onClick={onRemove}>
            −1<span className="visually-hidden"> {t('tally.removeFor', { option: label })}</span>
          </button>
        </span>
      ) : null}
    </li>
  );
}
