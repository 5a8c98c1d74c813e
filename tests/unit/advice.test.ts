import { describe, expect, it } from 'vitest';
import { type AdviceRule, pickAdvice, profileFacts } from '@/domain/advice';
import { levelOf } from '@/domain/levels';

describe('score levels', () => {
  it.each([
    [0, 'low'],
    [39.4, 'low'],
    // Judged on the score as shown: 39.5 is shown as 40.
    [39.5, 'middle'],
    [40, 'middle'],
    [69.4, 'middle'],
    [69.5, 'high'],
    [70, 'high'],
    [100, 'high'],
  ] as const)('score %d is level %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('profile facts for advice', () => {
  it.each([
    [undefined, 'small'],
    [1, 'small'],
    [249, 'small'],
    [250, 'large'],
    [5000, 'large'],
  ] as const)('%s members is %s', (members, size) => {
    expect(profileFacts(members === undefined ? {} : { members })).toEqual({ size });
  });
});

describe('advice selection', () => {
  const rules: AdviceRule[] = [
    { themeId: 't', level: 'low', size: 'any', steps: ['s1', 's2'] },
    { themeId: 't', level: 'low', size: 'large', steps: ['s1', 's2', 's3'] },
  ];

  it('prefers the rule for the size', () => {
    expect(pickAdvice(rules, 't', 10, { size: 'large' })?.stepKeys).toEqual([
      't.low.large.s1',
      't.low.large.s2',
      't.low.large.s3',
    ]);
  });

  it('falls back to the general rule', () => {
    expect(pickAdvice(rules, 't', 10, { size: 'small' })?.stepKeys).toEqual([
      't.low.any.s1',
      't.low.any.s2',
    ]);
  });

  it('gives nothing where no rule fits the level', () => {
    expect(pickAdvice(rules, 't', 80, { size: 'small' })).toBeNull();
  });
});
