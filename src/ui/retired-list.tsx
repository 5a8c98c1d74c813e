type RetiredListProps = {
  /** The words of each statement (the first few are shown). */
  statements: string[];
  /** "and N more", for the ones not shown. */
  more: (count: number) => string;
  shown?: number;
};

/** A short list of statements whose answers no longer count: the first few, then a count. */
export function RetiredList({ statements, more, shown = 5 }: RetiredListProps) {
  const rest = statements.length - shown;
  return (
    <ul className="retired-list">
      {statements.slice(0, shown).map((text) => (
        <li key={text}>{text}</li>
      ))}
      {rest > 0 ? <li>{more(rest)}</li> : null}
    </ul>
  );
}
