import type { Questionnaire } from '@/domain/questionnaire';

/** The questionnaire as data. Text for every id lives in locales/<lng>/questionnaire.json. */
export const questionnaire: Questionnaire = {
  version: '1',
  agreementScale: [
    { id: 'strongly-disagree', score: 0 },
    { id: 'disagree', score: 0.25 },
    { id: 'neutral', score: 0.5 },
    { id: 'agree', score: 0.75 },
    { id: 'strongly-agree', score: 1 },
  ],
  areas: [
    {
      id: 'internal-operation',
      themes: [
        {
          id: 'financing-perspective',
          questions: [
            { kind: 'agreement', id: 'financing-perspective.q1', reverse: false },
            { kind: 'agreement', id: 'financing-perspective.q2', reverse: false },
            { kind: 'agreement', id: 'financing-perspective.q3', reverse: false },
            { kind: 'agreement', id: 'financing-perspective.q4', reverse: true },
            { kind: 'agreement', id: 'financing-perspective.q5', reverse: false },
          ],
        },
        {
          id: 'leadership',
          questions: [
            { kind: 'agreement', id: 'leadership.q1', reverse: true },
            { kind: 'agreement', id: 'leadership.q2', reverse: false },
            { kind: 'agreement', id: 'leadership.q3', reverse: false },
            { kind: 'agreement', id: 'leadership.q4', reverse: false },
            { kind: 'agreement', id: 'leadership.q5', reverse: false },
          ],
        },
        {
          id: 'professionalisation',
          questions: [
            { kind: 'agreement', id: 'professionalisation.q1', reverse: false },
            { kind: 'agreement', id: 'professionalisation.q2', reverse: false },
            { kind: 'agreement', id: 'professionalisation.q3', reverse: true },
            { kind: 'agreement', id: 'professionalisation.q4', reverse: false },
            { kind: 'agreement', id: 'professionalisation.q5', reverse: false },
          ],
        },
        {
          id: 'upscaling',
          questions: [
            { kind: 'agreement', id: 'upscaling.q1', reverse: false },
            { kind: 'agreement', id: 'upscaling.q2', reverse: false },
            { kind: 'agreement', id: 'upscaling.q3', reverse: false },
            { kind: 'agreement', id: 'upscaling.q4', reverse: true },
            { kind: 'agreement', id: 'upscaling.q5', reverse: false },
          ],
        },
      ],
    },
    {
      id: 'member-dynamics',
      themes: [
        {
          id: 'member-loyalty',
          questions: [
            { kind: 'agreement', id: 'member-loyalty.q1', reverse: false },
            { kind: 'agreement', id: 'member-loyalty.q2', reverse: false },
            { kind: 'agreement', id: 'member-loyalty.q3', reverse: false },
            { kind: 'agreement', id: 'member-loyalty.q4', reverse: true },
            { kind: 'agreement', id: 'member-loyalty.q5', reverse: true },
          ],
        },
        {
          id: 'community-building',
          questions: [
            { kind: 'agreement', id: 'community-building.q1', reverse: false },
            { kind: 'agreement', id: 'community-building.q2', reverse: false },
            { kind: 'agreement', id: 'community-building.q3', reverse: false },
            { kind: 'agreement', id: 'community-building.q4', reverse: false },
            { kind: 'agreement', id: 'community-building.q5', reverse: true },
          ],
        },
        {
          id: 'member-responsibility',
          questions: [
            { kind: 'agreement', id: 'member-responsibility.q1', reverse: false },
            { kind: 'agreement', id: 'member-responsibility.q2', reverse: false },
            { kind: 'agreement', id: 'member-responsibility.q3', reverse: false },
            { kind: 'agreement', id: 'member-responsibility.q4', reverse: true },
            { kind: 'agreement', id: 'member-responsibility.q5', reverse: false },
          ],
        },
        {
          id: 'member-recruitment',
          questions: [
            { kind: 'agreement', id: 'member-recruitment.q1', reverse: false },
            { kind: 'agreement', id: 'member-recruitment.q2', reverse: false },
            { kind: 'agreement', id: 'member-recruitment.q3', reverse: false },
            { kind: 'agreement', id: 'member-recruitment.q4', reverse: true },
            { kind: 'agreement', id: 'member-recruitment.q5', reverse: false },
          ],
        },
      ],
    },
    {
      id: 'government-relations',
      themes: [
        {
          id: 'sectoral-vision',
          questions: [
            { kind: 'agreement', id: 'sectoral-vision.q1', reverse: true },
            { kind: 'agreement', id: 'sectoral-vision.q2', reverse: false },
            { kind: 'agreement', id: 'sectoral-vision.q3', reverse: false },
            { kind: 'agreement', id: 'sectoral-vision.q4', reverse: true },
          ],
        },
        {
          id: 'obstructive-regulations',
          questions: [
            { kind: 'agreement', id: 'obstructive-regulations.q1', reverse: true },
            { kind: 'agreement', id: 'obstructive-regulations.q2', reverse: true },
            { kind: 'agreement', id: 'obstructive-regulations.q3', reverse: false },
            { kind: 'agreement', id: 'obstructive-regulations.q4', reverse: false },
          ],
        },
        {
          id: 'sham-participation',
          questions: [
            { kind: 'agreement', id: 'sham-participation.q1', reverse: true },
            { kind: 'agreement', id: 'sham-participation.q2', reverse: false },
            { kind: 'agreement', id: 'sham-participation.q3', reverse: false },
            { kind: 'agreement', id: 'sham-participation.q4', reverse: false },
            {
              kind: 'choice',
              id: 'sham-participation.q5',
              // Arnstein's ladder of citizen participation, scored by rung (0 to 1).
              options: [
                { id: 'manipulation', score: 0 },
                { id: 'therapy', score: 0.1429 },
                { id: 'informing', score: 0.2857 },
                { id: 'consultation', score: 0.4286 },
                { id: 'placation', score: 0.5714 },
                { id: 'partnership', score: 0.7143 },
                { id: 'delegated-power', score: 0.8571 },
                { id: 'citizen-control', score: 1 },
              ],
            },
          ],
        },
        {
          id: 'recognition',
          questions: [
            { kind: 'agreement', id: 'recognition.q1', reverse: false },
            { kind: 'agreement', id: 'recognition.q2', reverse: false },
            { kind: 'agreement', id: 'recognition.q3', reverse: false },
            { kind: 'agreement', id: 'recognition.q4', reverse: true },
            { kind: 'agreement', id: 'recognition.q5', reverse: false },
          ],
        },
      ],
    },
  ],
};
