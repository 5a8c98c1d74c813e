import { type Questionnaire, questionnaireSchema } from '@/domain/questionnaire-schema';

type ScaleName = 'agreement' | 'truth' | 'frequency';
const statement = (id: string, scale: ScaleName = 'agreement', reverse = false) => ({
  kind: 'scale' as const,
  id,
  scale,
  reverse,
});

/**
 * A small questionnaire for exact examples: two areas, three themes, one reverse statement
 * (`one.q3`), one statement on the truth scale (`two.q1`), one on the frequency scale (`two.q2`)
 * and one choice question (`two.q4`: low 0, mid 0.5, top 1). Every other statement is on the
 * agreement scale. Each scale has five options worth 0, 0.25, 0.5, 0.75 and 1.
 */
export const smallQuestionnaire: Questionnaire = questionnaireSchema.parse({
  version: 'test',
  scales: {
    agreement: [
      { id: 'strongly-disagree', score: 0 },
      { id: 'disagree', score: 0.25 },
      { id: 'neutral', score: 0.5 },
      { id: 'agree', score: 0.75 },
      { id: 'strongly-agree', score: 1 },
    ],
    truth: [
      { id: 'not-true', score: 0 },
      { id: 'slightly-true', score: 0.25 },
      { id: 'partly-true', score: 0.5 },
      { id: 'mostly-true', score: 0.75 },
      { id: 'completely-true', score: 1 },
    ],
    frequency: [
      { id: 'never', score: 0 },
      { id: 'rarely', score: 0.25 },
      { id: 'sometimes', score: 0.5 },
      { id: 'often', score: 0.75 },
      { id: 'always', score: 1 },
    ],
  },
  areas: [
    {
      id: 'a',
      themes: [
        {
          id: 'one',
          questions: [
            statement('one.q1'),
            statement('one.q2'),
            statement('one.q3', 'agreement', true),
            statement('one.q4'),
          ],
        },
        {
          id: 'two',
          questions: [
            statement('two.q1', 'truth'),
            statement('two.q2', 'frequency'),
            statement('two.q3'),
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
          questions: [
            statement('three.q1'),
            statement('three.q2'),
            statement('three.q3'),
            statement('three.q4'),
          ],
        },
      ],
    },
  ],
});
