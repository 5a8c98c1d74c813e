import { describe, expect, it } from 'vitest';
import { advice } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { pickAdvice, profileFacts } from '@/domain/advice';
import { effectiveAnswers, profileExclusions } from '@/domain/applicability';
import type { Profile } from '@/domain/profile';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';

/** How the profile changes the scan: statements it rules out, and the advice it selects. */
const YEAR = 2026;
const base: Profile = {
  sectors: ['energy', 'care'],
  legalForm: 'cooperative',
  members: 120,
  founded: 2015,
  scale: 'district',
  volunteers: 15,
  paidStaff: 'some',
};
const excluded = (profile: Profile) =>
  profileExclusions(questionnaire, profile, YEAR).map((exclusion) => exclusion.questionId);
const withRule = (kind: string) =>
  allQuestions(questionnaire)
    .filter((question) => question.appliesWhen?.kind === kind)
    .map((question) => question.id);

describe('statements the profile marks not applicable', () => {
  it('rules out nothing for an older, multi-sector collective with paid staff and a legal form', () => {
    expect(excluded(base)).toEqual([]);
  });

  it('rules out nothing while the profile is still empty: an unknown fact never excludes', () => {
    expect(excluded({})).toEqual([]);
  });

  it.each([
    ['founded this year', { founded: 2026 }, 'min-age'],
    ['founded last year', { founded: 2025 }, 'min-age'],
    ['one sector only', { sectors: ['energy'] as Profile['sectors'] }, 'multi-sector'],
    ['no paid staff', { paidStaff: 'none' as const }, 'paid-staff'],
  ])('%s rules out exactly the statements with that rule', (_label, change, kind) => {
    const ids = withRule(kind);
    expect(ids.length).toBeGreaterThan(0);
    expect(excluded({ ...base, ...change })).toEqual(ids);
  });

  it('a collective founded two years ago is old enough for "the past two years"', () => {
    expect(excluded({ ...base, founded: 2024 })).toEqual([]);
  });

  it('"something else" counts as a second sector', () => {
    expect(excluded({ ...base, sectors: ['energy', 'other'] })).toEqual([]);
  });

  it('marks ruled-out statements not applicable whatever was answered, and keeps the answer', () => {
    const [id] = withRule('paid-staff');
    if (!id) throw new Error('The content has a paid-staff statement');
    const answers = { [id]: 'completely-true' };
    const exclusions = profileExclusions(questionnaire, { ...base, paidStaff: 'none' }, YEAR);
    expect(effectiveAnswers(answers, exclusions)[id]).toBe('not-applicable');
    expect(answers[id]).toBe('completely-true');
  });

  it('takes ruled-out statements out of the count a theme needs', () => {
    // Sectoral vision: two of its statements need several sectors. With one sector, the
    // remaining statements carry the theme alone.
    const oneSector: Profile = { ...base, sectors: ['energy'] };
    const theme = questionnaire.areas
      .flatMap((area) => area.themes)
      .find((candidate) => candidate.id === 'sectoral-vision');
    if (!theme) throw new Error('The content has sectoral vision');
    const exclusions = profileExclusions(questionnaire, oneSector, YEAR);
    const open = theme.questions.filter(
      (question) => !exclusions.some((exclusion) => exclusion.questionId === question.id),
    );
    // Answer half of the statements that apply (rounded up): the theme has a score.
    const answers = Object.fromEntries(
      open
        .slice(0, Math.ceil(open.length / 2))
        .map((question) => [question.id, optionsOf(questionnaire, question)[3]?.id ?? '']),
    );
    const scores = scoreAssessment(questionnaire, effectiveAnswers(answers, exclusions));
    const scored = scores.themes.find((candidate) => candidate.themeId === 'sectoral-vision');
    expect(scored?.applicable).toBe(open.length);
    expect(scored?.score).not.toBeNull();
  });
});

describe('advice variants chosen by the profile', () => {
  const stepIds = (profile: Profile, themeId: string, score: number) =>
    pickAdvice(advice, themeId, score, profileFacts(profile))?.steps.map((step) => step.id);

  it.each(['leadership', 'professionalisation', 'upscaling'])(
    '%s: small and large, with and without staff, get their own advice',
    (themeId) => {
      const variants = [
        { ...base, members: 60, paidStaff: 'none' as const },
        { ...base, members: 60, paidStaff: 'some' as const },
        { ...base, members: 400, paidStaff: 'none' as const },
        { ...base, members: 400, paidStaff: 'some' as const },
      ].map((profile) => JSON.stringify(stepIds(profile, themeId, 20)));
      expect(new Set(variants).size).toBe(4);
    },
  );

  it('never assumes staff that may not be there: an unknown answer gets the advice for none', () => {
    const unknown = { ...base };
    delete unknown.paidStaff;
    expect(profileFacts(unknown).staff).toBe('none');
    expect(stepIds(unknown, 'leadership', 20)).toEqual(
      stepIds({ ...base, paidStaff: 'none' }, 'leadership', 20),
    );
  });

  it('the 250-member split decides the size', () => {
    expect(profileFacts({ members: 249 }).size).toBe('small');
    expect(profileFacts({ members: 250 }).size).toBe('large');
    expect(profileFacts({}).size).toBe('small');
  });

  it('"not yet a legal form" adds advice on choosing one', () => {
    expect(profileFacts({ ...base, legalForm: 'none-yet' }).noLegalForm).toBe(true);
    expect(profileFacts(base).noLegalForm).toBe(false);
    expect(advice.profileSteps['no-legal-form']?.length).toBeGreaterThanOrEqual(2);
  });

  it('says which profile facts a picked rule depends on', () => {
    expect(pickAdvice(advice, 'leadership', 20, profileFacts(base))?.tunedBy.sort()).toEqual([
      'size',
      'staff',
    ]);
    expect(pickAdvice(advice, 'recognition', 20, profileFacts(base))?.tunedBy).toEqual([]);
  });
});
