import './progress-meter.css';

type ProgressMeterProps = { label: string; value: number; max: number; text: string };

/** A labelled progress bar with the numbers also written out. */
export function ProgressMeter({ label, value, max, text }: ProgressMeterProps) {
  return (
    <div className="progress-meter">
      <progress aria-label={label} value={value} max={Math.max(max, 1)} />
      <span className="progress-meter__text">{text}</span>
    </div>
  );
}
