import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import type { ProfileExclusion } from '@/domain/applicability';
import { NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Question } from '@/domain/questionnaire-schema';
import { answerKey, notApplicableKey, questionKey } from '@/lib/i18n-keys';
import { ChoiceGroup } from '@/ui/choice-group';

type QuestionFieldProps = {
  question: Question;
  number: number;
  registration: UseFormRegisterReturn;
  /** Set when the profile marks this statement not applicable: it is explained, not asked. */
  exclusion?: ProfileExclusion | undefined;
};

/** One statement with its answer options (its own scale), help text and the two non-scoring answers. */
export function QuestionField({ question, number, registration, exclusion }: QuestionFieldProps) {
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
      registration={registration}
      layout={question.kind === 'scale' ? 'row' : 'column'}
    />
  );
}
