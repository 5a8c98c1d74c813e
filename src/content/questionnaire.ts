import type { Questionnaire } from '@/domain/questionnaire-schema';

/**
 * The questionnaire as data (second edition). Text for every id lives in
 * locales/<lng>/questionnaire.json. Ids are never reused: a changed statement gets a new id, so
 * answers to an older edition are read by id (see editions.ts).
 */
export const questionnaire: Questionnaire = {
  version: '2',
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
      id: 'internal-operation',
      themes: [
        {
          id: 'financing-perspective',
          questions: [
            { kind: 'scale', id: 'financing-perspective.q6', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'financing-perspective.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'financing-perspective.q8', scale: 'truth', reverse: false },
            {
              kind: 'scale',
              id: 'financing-perspective.q9',
              scale: 'truth',
              reverse: false,
              appliesWhen: { kind: 'min-age', years: 2 },
            },
            { kind: 'scale', id: 'financing-perspective.q10', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'financing-perspective.q11', scale: 'truth', reverse: false },
          ],
        },
        {
          id: 'leadership',
          questions: [
            { kind: 'scale', id: 'leadership.q6', scale: 'truth', reverse: true },
            { kind: 'scale', id: 'leadership.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'leadership.q8', scale: 'truth', reverse: false },
            {
              kind: 'scale',
              id: 'leadership.q9',
              scale: 'truth',
              reverse: false,
              appliesWhen: { kind: 'min-age', years: 2 },
            },
            { kind: 'scale', id: 'leadership.q10', scale: 'truth', reverse: false },
            {
              kind: 'scale',
              id: 'leadership.q11',
              scale: 'truth',
              reverse: false,
              appliesWhen: { kind: 'paid-staff' },
            },
          ],
        },
        {
          id: 'professionalisation',
          questions: [
            { kind: 'scale', id: 'professionalisation.q6', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'professionalisation.q7', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'professionalisation.q8', scale: 'truth', reverse: true },
            { kind: 'scale', id: 'professionalisation.q9', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'professionalisation.q10', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'professionalisation.q11', scale: 'truth', reverse: false },
          ],
        },
        {
          id: 'upscaling',
          questions: [
            {
              kind: 'scale',
              id: 'upscaling.q6',
              scale: 'truth',
              reverse: false,
              appliesWhen: { kind: 'min-age', years: 2 },
            },
            { kind: 'scale', id: 'upscaling.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'upscaling.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'upscaling.q9', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'upscaling.q10', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'upscaling.q11', scale: 'truth', reverse: false },
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
            { kind: 'scale', id: 'member-loyalty.q6', scale: 'agreement', reverse: false },
            { kind: 'scale', id: 'member-loyalty.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-loyalty.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-loyalty.q9', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'member-loyalty.q10', scale: 'agreement', reverse: false },
            { kind: 'scale', id: 'member-loyalty.q11', scale: 'truth', reverse: true },
          ],
        },
        {
          id: 'community-building',
          questions: [
            { kind: 'scale', id: 'community-building.q6', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'community-building.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'community-building.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'community-building.q9', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'community-building.q10', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'community-building.q5', scale: 'agreement', reverse: true },
          ],
        },
        {
          id: 'member-responsibility',
          questions: [
            { kind: 'scale', id: 'member-responsibility.q6', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-responsibility.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-responsibility.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-responsibility.q9', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-responsibility.q10', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-responsibility.q4', scale: 'agreement', reverse: true },
          ],
        },
        {
          id: 'member-recruitment',
          questions: [
            { kind: 'scale', id: 'member-recruitment.q6', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-recruitment.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-recruitment.q8', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'member-recruitment.q9', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-recruitment.q10', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'member-recruitment.q4', scale: 'agreement', reverse: true },
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
            {
              kind: 'scale',
              id: 'sectoral-vision.q5',
              scale: 'truth',
              reverse: true,
              appliesWhen: { kind: 'multi-sector' },
            },
            { kind: 'scale', id: 'sectoral-vision.q6', scale: 'frequency', reverse: false },
            {
              kind: 'scale',
              id: 'sectoral-vision.q7',
              scale: 'truth',
              reverse: false,
              appliesWhen: { kind: 'multi-sector' },
            },
            { kind: 'scale', id: 'sectoral-vision.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'sectoral-vision.q9', scale: 'agreement', reverse: false },
          ],
        },
        {
          id: 'obstructive-regulations',
          questions: [
            { kind: 'scale', id: 'obstructive-regulations.q5', scale: 'truth', reverse: true },
            { kind: 'scale', id: 'obstructive-regulations.q6', scale: 'agreement', reverse: false },
            { kind: 'scale', id: 'obstructive-regulations.q7', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'obstructive-regulations.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'obstructive-regulations.q9', scale: 'frequency', reverse: false },
          ],
        },
        {
          id: 'sham-participation',
          questions: [
            { kind: 'scale', id: 'sham-participation.q6', scale: 'truth', reverse: true },
            { kind: 'scale', id: 'sham-participation.q7', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'sham-participation.q8', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'sham-participation.q9', scale: 'truth', reverse: false },
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
            { kind: 'scale', id: 'recognition.q6', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'recognition.q7', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'recognition.q8', scale: 'truth', reverse: false },
            { kind: 'scale', id: 'recognition.q9', scale: 'frequency', reverse: false },
            { kind: 'scale', id: 'recognition.q5', scale: 'agreement', reverse: false },
            { kind: 'scale', id: 'recognition.q10', scale: 'truth', reverse: true },
          ],
        },
      ],
    },
  ],
};
