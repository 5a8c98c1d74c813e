import type { AdviceRule } from '@/domain/advice';

/**
 * Which first steps to show per theme, level and size.
 * Text: locales/<lng>/advice.json `<themeId>.<level>.<size>.<step>`.
 *
 * Professionalisation, leadership and upscaling differ by size (small < 250 members, large >= 250):
 * for small collectives they are about working by clear agreements, a few pivotal volunteers and
 * scaling out/deep with neighbours; for large ones about professional management, board vs staff,
 * and scaling up (changing rules, federations, professional partners). Other themes use 'any'.
 */
export const adviceRules: AdviceRule[] = [
  // Internal operation
  { themeId: 'financing-perspective', level: 'low', size: 'any', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'financing-perspective', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'financing-perspective', level: 'high', size: 'any', steps: ['s1', 's2', 's3'] },

  { themeId: 'leadership', level: 'low', size: 'small', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'leadership', level: 'low', size: 'large', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'leadership', level: 'middle', size: 'small', steps: ['s1', 's2', 's3'] },
  { themeId: 'leadership', level: 'middle', size: 'large', steps: ['s1', 's2', 's3'] },
  { themeId: 'leadership', level: 'high', size: 'small', steps: ['s1', 's2'] },
  { themeId: 'leadership', level: 'high', size: 'large', steps: ['s1', 's2', 's3'] },

  { themeId: 'professionalisation', level: 'low', size: 'small', steps: ['s1', 's2', 's3'] },
  { themeId: 'professionalisation', level: 'low', size: 'large', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'professionalisation', level: 'middle', size: 'small', steps: ['s1', 's2', 's3'] },
  { themeId: 'professionalisation', level: 'middle', size: 'large', steps: ['s1', 's2', 's3'] },
  { themeId: 'professionalisation', level: 'high', size: 'small', steps: ['s1', 's2'] },
  { themeId: 'professionalisation', level: 'high', size: 'large', steps: ['s1', 's2'] },

  { themeId: 'upscaling', level: 'low', size: 'small', steps: ['s1', 's2', 's3'] },
  { themeId: 'upscaling', level: 'low', size: 'large', steps: ['s1', 's2', 's3'] },
  { themeId: 'upscaling', level: 'middle', size: 'small', steps: ['s1', 's2', 's3'] },
  { themeId: 'upscaling', level: 'middle', size: 'large', steps: ['s1', 's2', 's3'] },
  { themeId: 'upscaling', level: 'high', size: 'small', steps: ['s1', 's2'] },
  { themeId: 'upscaling', level: 'high', size: 'large', steps: ['s1', 's2', 's3'] },

  // Member dynamics
  { themeId: 'member-loyalty', level: 'low', size: 'any', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'member-loyalty', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'member-loyalty', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'community-building', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'community-building', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'community-building', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'member-responsibility', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'member-responsibility', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'member-responsibility', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'member-recruitment', level: 'low', size: 'any', steps: ['s1', 's2', 's3', 's4'] },
  { themeId: 'member-recruitment', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'member-recruitment', level: 'high', size: 'any', steps: ['s1', 's2'] },

  // Government relations
  { themeId: 'sectoral-vision', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'sectoral-vision', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'sectoral-vision', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'obstructive-regulations', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'obstructive-regulations', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'obstructive-regulations', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'sham-participation', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'sham-participation', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'sham-participation', level: 'high', size: 'any', steps: ['s1', 's2'] },

  { themeId: 'recognition', level: 'low', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'recognition', level: 'middle', size: 'any', steps: ['s1', 's2', 's3'] },
  { themeId: 'recognition', level: 'high', size: 'any', steps: ['s1', 's2'] },
];

/** Questions a group can talk about first when its members disagree on a theme. Text: `<themeId>.talk.<id>`. */
export const conversationQuestions: Record<string, string[]> = {
  'financing-perspective': ['t1', 't2', 't3'],
  leadership: ['t1', 't2', 't3'],
  professionalisation: ['t1', 't2', 't3'],
  upscaling: ['t1', 't2', 't3'],
  'member-loyalty': ['t1', 't2', 't3'],
  'community-building': ['t1', 't2', 't3'],
  'member-responsibility': ['t1', 't2', 't3'],
  'member-recruitment': ['t1', 't2', 't3'],
  'sectoral-vision': ['t1', 't2', 't3'],
  'obstructive-regulations': ['t1', 't2', 't3'],
  'sham-participation': ['t1', 't2', 't3'],
  recognition: ['t1', 't2', 't3'],
};
