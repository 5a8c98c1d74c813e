import { describe, expect, it } from 'vitest';
import { advice } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import {
  type AdviceContent,
  type ProfileFacts,
  pickAdvice,
  profileFacts,
  weakStatements,
} from '@/domain/advice';
import { levelOf } from '@/domain/levels';
import { allThemes } from '@/domain/questionnaire';
import { smallQuestionnaire } from '../helpers/small-questionnaire';

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
    expect(profileFacts(members === undefined ? {} : { members }).size).toBe(size);
  });

  it.each([
    // Unknown paid staff counts as none: advice never assumes staff that may not be there.
    [undefined, 'none'],
    ['none', 'none'],
    ['some', 'some'],
  ] as const)('paid staff %s is staff %s', (paidStaff, staff) => {
    expect(profileFacts(paidStaff === undefined ? {} : { paidStaff }).staff).toBe(staff);
  });

  it.each([
    [undefined, false],
    ['cooperative', false],
    ['other', false],
    ['none-yet', true],
  ] as const)('legal form %s: no legal form yet is %s', (legalForm, noLegalForm) => {
    expect(profileFacts(legalForm === undefined ? {} : { legalForm }).noLegalForm).toBe(
      noLegalForm,
    );
  });

  it('an empty profile gives the facts of a small collective without staff', () => {
    expect(profileFacts({})).toEqual({ size: 'small', staff: 'none', noLegalForm: false });
  });
});

const facts = (size: ProfileFacts['size'], staff: ProfileFacts['staff']): ProfileFacts => ({
  size,
  staff,
  noLegalForm: false,
});

describe('advice selection', () => {
  const content: Pick<AdviceContent, 'rules' | 'targets'> = {
    rules: [
      { themeId: 't', level: 'low', when: {}, steps: ['s1', 's2'] },
      { themeId: 't', level: 'low', when: { size: 'large' }, steps: ['s3', 's4'] },
      { themeId: 't', level: 'low', when: { staff: 'some' }, steps: ['s5', 's6'] },
      { themeId: 't', level: 'low', when: { size: 'large', staff: 'some' }, steps: ['s7', 's8'] },
      { themeId: 't', level: 'middle', when: { size: 'small' }, steps: ['s9', 's10'] },
      { themeId: 'other', level: 'high', when: {}, steps: ['s1', 's2'] },
    ],
    targets: {},
  };
  const stepIds = (picked: ReturnType<typeof pickAdvice>) => picked?.steps.map((step) => step.id);

  it.each([
    ['small, no staff: the general rule', facts('small', 'none'), ['s1', 's2'], []],
    ['large, no staff: the rule for the size', facts('large', 'none'), ['s3', 's4'], ['size']],
    ['small, some staff: the rule for staff', facts('small', 'some'), ['s5', 's6'], ['staff']],
    [
      'large, some staff: the rule for both, the most specific',
      facts('large', 'some'),
      ['s7', 's8'],
      ['size', 'staff'],
    ],
  ] as const)('%s', (_label, profile, steps, tunedBy) => {
    const picked = pickAdvice(content, 't', 10, profile);
    expect(stepIds(picked)).toEqual(steps);
    expect(picked?.tunedBy).toEqual(tunedBy);
    expect(picked?.level).toBe('low');
    expect(picked?.themeId).toBe('t');
  });

  it("names each step by its theme's text key", () => {
    expect(pickAdvice(content, 't', 10, facts('small', 'none'))?.steps).toEqual([
      { id: 's1', key: 't.steps.s1', addresses: [] },
      { id: 's2', key: 't.steps.s2', addresses: [] },
    ]);
  });

  it('chooses by the level of the score', () => {
    expect(stepIds(pickAdvice(content, 't', 55, facts('small', 'some')))).toEqual(['s9', 's10']);
  });

  it('gives nothing where no rule fits the level and the profile', () => {
    expect(pickAdvice(content, 't', 55, facts('large', 'none'))).toBeNull();
    expect(pickAdvice(content, 't', 80, facts('small', 'none'))).toBeNull();
    expect(pickAdvice(content, 'unknown', 10, facts('small', 'none'))).toBeNull();
  });

  describe('weak statements first', () => {
    const targeted: Pick<AdviceContent, 'rules' | 'targets'> = {
      rules: [{ themeId: 't', level: 'low', when: {}, steps: ['s1', 's2', 's3', 's4'] }],
      targets: {
        't.s1': ['t.q1'],
        't.s2': ['t.q2', 't.q4'],
        't.s3': ['t.q3'],
        // s4 addresses no statement in particular.
      },
    };
    const pick = (weak: string[]) =>
      pickAdvice(targeted, 't', 10, facts('small', 'none'), weak)?.steps.map((step) => [
        step.id,
        step.addresses,
      ]);

    it('keeps the rule order when no statement is weak', () => {
      expect(pick([])).toEqual([
        ['s1', []],
        ['s2', []],
        ['s3', []],
        ['s4', []],
      ]);
    });

    it('puts the steps that address a weak statement first, and says which ones', () => {
      expect(pick(['t.q4'])).toEqual([
        ['s2', ['t.q4']],
        ['s1', []],
        ['s3', []],
        ['s4', []],
      ]);
    });

    it("keeps the rule's order among the steps that address weak statements", () => {
      expect(pick(['t.q3', 't.q2'])).toEqual([
        ['s2', ['t.q2']],
        ['s3', ['t.q3']],
        ['s1', []],
        ['s4', []],
      ]);
    });
  });
});

describe('weakStatements', () => {
  const [one] = allThemes(smallQuestionnaire);
  if (!one) throw new Error('the small questionnaire has a theme');

  it.each([
    ['nothing answered', {}, []],
    [
      'the answers worth a quarter or less, weakest first, questionnaire order on ties',
      {
        'one.q1': 'disagree', // 0.25
        'one.q2': 'strongly-disagree', // 0
        'one.q3': 'agree', // reverse: 0.25
        'one.q4': 'neutral', // 0.5: not weak
      },
      ['one.q2', 'one.q1', 'one.q3'],
    ],
    [
      'at most three',
      {
        'one.q1': 'disagree',
        'one.q2': 'disagree',
        'one.q3': 'strongly-agree', // reverse: 0
        'one.q4': 'disagree',
      },
      ['one.q3', 'one.q1', 'one.q2'],
    ],
    [
      "don't know and not applicable are never weak",
      { 'one.q1': 'dont-know', 'one.q2': 'not-applicable', 'one.q4': 'strongly-disagree' },
      ['one.q4'],
    ],
    [
      'a reverse statement disagreed with is strong',
      { 'one.q3': 'strongly-disagree', 'one.q4': 'agree' },
      [],
    ],
  ])('%s', (_label, answers, weak) => {
    expect(weakStatements(smallQuestionnaire, one, answers as Record<string, string>)).toEqual(
      weak,
    );
  });
});

describe('advice from the content, for a weak theme', () => {
  const leadership = allThemes(questionnaire).find((theme) => theme.id === 'leadership');
  if (!leadership) throw new Error('the questionnaire has a leadership theme');

  it('gives a small collective without staff its own steps, led by the one for its weakest statement', () => {
    const answers = { 'leadership.q8': 'not-true', 'leadership.q7': 'slightly-true' };
    const weak = weakStatements(questionnaire, leadership, answers);
    expect(weak).toEqual(['leadership.q8', 'leadership.q7']);
    const picked = pickAdvice(advice, 'leadership', 20, facts('small', 'none'), weak);
    expect(picked?.tunedBy).toEqual(['size', 'staff']);
    expect(picked?.steps.map((step) => step.id)).toEqual(['s3', 's1', 's9', 's4']);
    expect(picked?.steps[0]).toEqual({
      id: 's3',
      key: 'leadership.steps.s3',
      addresses: ['leadership.q8'],
    });
  });

  it('never gives a collective without paid staff a step about its staff', () => {
    // The steps that address the statement about paid staff (leadership.q11).
    const staffSteps = Object.entries(advice.targets)
      .filter(([, targets]) => targets.includes('leadership.q11'))
      .map(([step]) => step.replace('leadership.', ''));
    expect(staffSteps.length).toBeGreaterThan(0);
    for (const size of ['small', 'large'] as const) {
      for (const score of [10, 55, 85]) {
        const withoutStaff = pickAdvice(advice, 'leadership', score, facts(size, 'none'));
        const ids = withoutStaff?.steps.map((step) => step.id) ?? [];
        expect(ids.length).toBeGreaterThan(0);
        expect(ids.filter((id) => staffSteps.includes(id))).toEqual([]);
        const withStaff = pickAdvice(advice, 'leadership', score, facts(size, 'some'));
        expect(withStaff?.tunedBy).toContain('staff');
      }
    }
  });
});
