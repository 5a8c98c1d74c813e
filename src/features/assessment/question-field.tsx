import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { NON_SCORING_ANSWERS, optionsOf, type Question } from '@/domain/questionnaire';
import { answerKey, questionKey } from '@/lib/i18n-keys';
import { ChoiceGroup } from '@/ui/choice-group';

type QuestionFieldProps = {
  question: Question;
  number: number;
  registration: UseFormRegisterReturn;
};

/** One statement with its answer options, help text and the two non-scoring answers. */
export function QuestionField({ question, number, registration }: QuestionFieldProps) {
  const { t } = useTranslation('questionnaire');
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
      legend={
        <>
          <span className="question-number">{number}. </span>
          {t(questionKey(question.id, 'text'))}
        </>
      }
      description={t(questionKey(question.id, 'help'))}
      choices={choices}
      registration={registration}
      layout={question.kind === 'agreement' ? 'row' : 'column'}
    />
  );
}
