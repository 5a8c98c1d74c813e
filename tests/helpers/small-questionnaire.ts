import { type Questionnaire, questionnaireSchema } from '@/domain/questionnaire';

const agree = (id: string, reverse = false) => ({ kind: 'agreement' as const, id, reverse });

/**
 * A small questionnaire for exact examples: two areas, three themes, one reverse statement
 * (`one.q3`) and one choice question (`two.q4`: low 0, mid 0.5, top 1).
 */
export const smallQuestionnaire: Questionnaire = questionnaireSchema.parse({
  version: 'test',
  agreementScale: [
    { id: 'strongly-disagree', score: 0 },
    { id: 'disagree', score: 0.25 },
    { id: 'neutral', score: 0.5 },
    { id: 'agree', score: 0.75 },
    { id: 'strongly-agree', score: 1 },
  ],
  areas: [
    {
      id: 'a',
      themes: [
        {
          id: 'one',
          questions: [agree('one.q1'), agree('one.q2'), agree('one.q3', true), agree('one.q4')],
        },
        {
          id: 'two',
          questions: [
            agree('two.q1'),
            agree('two.q2'),
            agree('two.q3'),
            {
              kind: 'choice',
              id: 'two.q4',
              options: [
                { id: 'low', score: 0 },
                { id: 'mid', score: 0.5 },
                { id: 'top', score: 1 },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'b',
      themes: [
        {
          id: 'three',
          questions: [agree('three.q1'), agree('three.q2'), agree('three.q3'), agree('three.q4')],
        },
      ],
    },
  ],
});
