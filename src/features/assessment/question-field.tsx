import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import type { ProfileExclusion } from '@/domain/applicability';
import { NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Question } from '@/domain/questionnaire-schema';
import { answerKey, notApplicableKey, questionKey } from '@/lib/i18n-keys';
import { ChoiceGroup } from '@/ui/choice-group';
import type { AnswerSource } from './answer-source';

type QuestionFieldProps = {
  question: Question;
  number: number;
  /** Where its answer is read from and written to; `name` groups its radios. */
  source: AnswerSource;
  name: string;
  onAnswer: (questionId: string, answer: string) => void;
  /** Set when the profile marks this statement not applicable: it is explained, not asked. */
  exclusion?: ProfileExclusion | undefined;
};

/**
 * One statement with its answer options (its own scale), help text and the two non-scoring answers.
 * It follows its own stored answer only (a click, another tab, start over), so answering one
 * statement re-renders that statement, not the whole step.
 */
export const QuestionField = memo(function QuestionField({
  question,
  number,
  source,
  name,
  onAnswer,
  exclusion,
}: QuestionFieldProps) {
  const answer = useSyncExternalStore(
    source.subscribe,
    () => source.getAnswers()[question.id] ?? null,
  );
  const { t } = useTranslation('questionnaire');
  const { t: tw } = useTranslation('wizard');
  const { t: tp } = useTranslation('profile');
  const legend = (
    <>
      <span className="question-number">{number}. </span>
      {t(questionKey(question.id, 'text'))}
    </>
  );
  if (exclusion) {
    const rule = exclusion.rule;
    return (
      <section
        className="choice-group choice-group--excluded"
        aria-label={t(questionKey(question.id, 'text'))}
      >
        <p className="choice-group__legend">{legend}</p>
        <p className="choice-group__help">
          {t(notApplicableKey(rule), {
            years: rule.kind === 'min-age' ? rule.years : 0,
            sectors:
              rule.kind === 'sector'
                ? rule.sectors.map((sector) => tp(`sectors.options.${sector}`)).join(', ')
                : '',
          })}{' '}
          <Link href="/scan/profile">{tw('changeProfile')}</Link>
        </p>
      </section>
    );
  }
  const choices = [
    ...optionsOf(questionnaire, question).map((option) => ({
      value: option.id,
      label: t(answerKey(question, option.id)),
    })),
    ...NON_SCORING_ANSWERS.map((value) => ({
      value,
      label: t(answerKey(question, value)),
      group: 'other' as const,
    })),
  ];
  return (
    <ChoiceGroup
      legend={legend}
      description={t(questionKey(question.id, 'help'))}
      choices={choices}
      registration={{ name, value: answer, onChoose: (value) => onAnswer(question.id, value) }}
      layout={question.kind === 'scale' ? 'row' : 'column'}
    />
  );
});
