import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Question } from '@/domain/questionnaire-schema';
import { answerKey } from '@/lib/i18n-keys';
import { TallyOption } from './tally-option';

/** The answers of a statement in tally order: its own options, then don't know and not applicable. */
export function tallyAnswers(question: Question): string[] {
  return [...optionsOf(questionnaire, question).map((option) => option.id), ...NON_SCORING_ANSWERS];
}

/** The key that adds a vote for an answer: 1–9 for the options, D and N for the other two. */
export function shortcutOf(answer: string, index: number): string {
  if (answer === 'dont-know') return 'D';
  if (answer === 'not-applicable') return 'N';
  return String(index + 1);
}

type Props = {
  question: Question;
  counts: Record<string, number>;
  showCounts: boolean;
  hiddenFromRoom?: boolean;
  onVote?: (answer: string, delta: number) => void;
};

/**
 * Every answer of one statement with its count (once shown). Many answers (the ladder) get a more
 * compact layout in projector mode, so every row and count stays on the screen.
 */
export function TallyOptions({ question, counts, showCounts, hiddenFromRoom, onVote }: Props) {
  const { t: tq } = useTranslation('questionnaire');
  const answers = tallyAnswers(question);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const largest = Math.max(0, ...answers.map((answer) => counts[answer] ?? 0));
  return (
    <ol className={`tally${answers.length > 7 ? ' tally--many' : ''}`}>
      {answers.map((answer, index) => (
        <TallyOption
          key={answer}
          shortcut={shortcutOf(answer, index)}
          label={tq(answerKey(question, answer))}
          count={counts[answer] ?? 0}
          total={total}
          largest={largest}
          showCount={showCounts}
          {...(hiddenFromRoom ? { hiddenFromRoom } : {})}
          {...(onVote
            ? { onAdd: () => onVote(answer, 1), onRemove: () => onVote(answer, -1) }
            : {})}
        />
      ))}
    </ol>
  );
}
