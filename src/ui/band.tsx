import './band.css';

type BandProps = { level: 'low' | 'middle' | 'high'; label: string };

/** A score's level in words ("Needs attention", "Under way", "Strong"); the words carry it, not colour. */
export function Band({ level, label }: BandProps) {
  return <span className={`band band--${level}`}>{label}</span>;
}
