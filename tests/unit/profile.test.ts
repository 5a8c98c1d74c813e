import { describe, expect, it } from 'vitest';
import { isProfileComplete } from '@/domain/profile';
import {
  applyDraft,
  makeProfileDraftSchema,
  type ProfileDraft,
  toProfileDraft,
} from '@/domain/profile-form';

const YEAR = 2026;
const valid: ProfileDraft = {
  name: 'Energie Coöperatie Zuid',
  sectors: ['energy', 'care'],
  legalForm: 'cooperative',
  members: '120',
  founded: '2015',
  scale: 'village',
  volunteers: '15',
  paidStaff: 'none',
};

const errorsFor = (draft: Partial<ProfileDraft>) => {
  const result = makeProfileDraftSchema(YEAR).safeParse({ ...valid, ...draft });
  // Like the form, show the first message per field.
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.toReversed().map((i) => [String(i.path[0]), i.message]),
      );
};

describe('profile form validation', () => {
  it('accepts a complete profile; the name is optional', () => {
    expect(errorsFor({})).toEqual({});
    expect(errorsFor({ name: '' })).toEqual({});
  });

  it.each([
    ['members', '', 'membersRequired'],
    ['members', '12a', 'membersWhole'],
    ['members', '-5', 'membersWhole'],
    ['members', '1.5', 'membersWhole'],
    ['members', '0', 'membersRange'],
    ['members', '100001', 'membersRange'],
    ['founded', '', 'foundedRequired'],
    ['founded', 'twenty', 'foundedWhole'],
    ['founded', '1799', 'foundedTooEarly'],
    ['founded', '2027', 'foundedFuture'],
    ['legalForm', '', 'legalFormRequired'],
    ['legalForm', 'company', 'legalFormRequired'],
    ['scale', '', 'scaleRequired'],
    ['name', 'x'.repeat(101), 'nameTooLong'],
    ['volunteers', '', 'volunteersRequired'],
    ['volunteers', 'ten', 'volunteersWhole'],
    ['volunteers', '-1', 'volunteersWhole'],
    ['volunteers', '2.5', 'volunteersWhole'],
    ['volunteers', '100001', 'volunteersRange'],
    ['paidStaff', '', 'paidStaffRequired'],
    ['paidStaff', 'director', 'paidStaffRequired'],
  ] as const)('%s = %j gives %s', (field, value, code) => {
    expect(errorsFor({ [field]: value })[field]).toBe(code);
  });

  it('accepts the edges of the ranges: no volunteers at all is an answer', () => {
    expect(errorsFor({ members: '1', founded: '1800', volunteers: '0' })).toEqual({});
    expect(errorsFor({ members: '100000', founded: String(YEAR), volunteers: '100000' })).toEqual(
      {},
    );
  });

  it('accepts either answer about paid staff', () => {
    expect(errorsFor({ paidStaff: 'none' })).toEqual({});
    expect(errorsFor({ paidStaff: 'some' })).toEqual({});
  });

  it('needs at least one known sector', () => {
    expect(errorsFor({ sectors: [] }).sectors).toBe('sectorsRequired');
    expect(errorsFor({ sectors: ['mining'] }).sectors).toBe('sectorsRequired');
  });
});

describe('applyDraft', () => {
  const saved = applyDraft({}, valid, YEAR);

  it('saves every valid field, with numbers as numbers', () => {
    expect(saved).toEqual({
      name: 'Energie Coöperatie Zuid',
      sectors: ['energy', 'care'],
      legalForm: 'cooperative',
      members: 120,
      founded: 2015,
      scale: 'village',
      volunteers: 15,
      paidStaff: 'none',
    });
    expect(isProfileComplete(saved)).toBe(true);
  });

  it('saves no volunteers as 0, not as a missing answer', () => {
    const none = applyDraft({}, { ...valid, volunteers: '0' }, YEAR);
    expect(none.volunteers).toBe(0);
    expect(isProfileComplete(none)).toBe(true);
  });

  it('keeps the saved value of a field that now holds a wrong value, and all other fields', () => {
    const next = applyDraft(
      saved,
      {
        ...valid,
        members: '12a',
        founded: '2999',
        volunteers: 'many',
        paidStaff: 'some',
        scale: 'city',
      },
      YEAR,
    );
    expect(next).toEqual({ ...saved, scale: 'city', paidStaff: 'some' });
  });

  it('clears a field the user emptied', () => {
    const next = applyDraft(saved, { ...valid, name: '', members: '' }, YEAR);
    expect(next.name).toBeUndefined();
    expect(next.members).toBeUndefined();
    expect(isProfileComplete(next)).toBe(false);
  });

  it.each([
    ['volunteers', { volunteers: '' }],
    ['paid staff', { paidStaff: '' as const }],
    ['members', { members: '' }],
  ])('is not complete without %s', (_label, emptied) => {
    const next = applyDraft(saved, { ...valid, ...emptied }, YEAR);
    expect(isProfileComplete(next)).toBe(false);
  });

  it('round-trips through the form draft', () => {
    expect(applyDraft({}, toProfileDraft(saved), YEAR)).toEqual(saved);
  });
});
