import * as z from 'zod/mini';
import {
  EARLIEST_FOUNDED,
  LEGAL_FORMS,
  MAX_MEMBERS,
  MAX_NAME_LENGTH,
  PAID_STAFF,
  type Profile,
  SCALES,
  SECTORS,
} from './profile';

/** The profile form: what the board types, checked field by field. Loaded with the wizard only. */

function isOneOf(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

/** The reasons a profile field is refused; the UI shows `profile:errors.<reason>`. */
export type ProfileError =
  | 'nameTooLong'
  | 'sectorsRequired'
  | 'legalFormRequired'
  | 'membersRequired'
  | 'membersWhole'
  | 'membersRange'
  | 'foundedRequired'
  | 'foundedWhole'
  | 'foundedTooEarly'
  | 'foundedFuture'
  | 'scaleRequired'
  | 'volunteersRequired'
  | 'volunteersWhole'
  | 'volunteersRange'
  | 'paidStaffRequired';
const error = (reason: ProfileError) => ({ error: reason });

/** Schema for the profile form; `currentYear` is passed in so the domain stays pure. */
export function makeProfileDraftSchema(currentYear: number) {
  return z.object({
    name: z.string().check(z.maxLength(MAX_NAME_LENGTH, error('nameTooLong'))),
    sectors: z.array(z.string()).check(
      z.minLength(1, { ...error('sectorsRequired'), abort: true }),
      z.refine(
        (values) => values.every((value) => isOneOf(SECTORS, value)),
        error('sectorsRequired'),
      ),
    ),
    legalForm: z
      .string()
      .check(z.refine((value) => isOneOf(LEGAL_FORMS, value), error('legalFormRequired'))),
    members: z.string().check(
      z.minLength(1, { ...error('membersRequired'), abort: true }),
      z.regex(WHOLE_NUMBER, { ...error('membersWhole'), abort: true }),
      z.refine(
        (value) => Number(value) >= 1 && Number(value) <= MAX_MEMBERS,
        error('membersRange'),
      ),
    ),
    founded: z.string().check(
      z.minLength(1, { ...error('foundedRequired'), abort: true }),
      z.regex(WHOLE_NUMBER, { ...error('foundedWhole'), abort: true }),
      z.refine((value) => Number(value) >= EARLIEST_FOUNDED, error('foundedTooEarly')),
      z.refine((value) => Number(value) <= currentYear, error('foundedFuture')),
    ),
    scale: z.string().check(z.refine((value) => isOneOf(SCALES, value), error('scaleRequired'))),
    volunteers: z.string().check(
      z.minLength(1, { ...error('volunteersRequired'), abort: true }),
      z.regex(WHOLE_NUMBER, { ...error('volunteersWhole'), abort: true }),
      z.refine((value) => Number(value) <= MAX_MEMBERS, error('volunteersRange')),
    ),
    paidStaff: z
      .string()
      .check(z.refine((value) => isOneOf(PAID_STAFF, value), error('paidStaffRequired'))),
  });
}

/** What the profile form holds: text as typed. Error messages are reason codes the UI translates. */
export type ProfileDraft = z.infer<ReturnType<typeof makeProfileDraftSchema>>;

/** The form's starting values from what was saved. */
export function toProfileDraft(profile: Profile): ProfileDraft {
  return {
    name: profile.name ?? '',
    sectors: profile.sectors ?? [],
    legalForm: profile.legalForm ?? '',
    members: profile.members === undefined ? '' : String(profile.members),
    founded: profile.founded === undefined ? '' : String(profile.founded),
    scale: profile.scale ?? '',
    volunteers: profile.volunteers === undefined ? '' : String(profile.volunteers),
    paidStaff: profile.paidStaff ?? '',
  };
}

/**
 * Applies a form draft to the saved profile field by field: a valid value is saved, an emptied
 * field is cleared, and a field with a wrong value keeps what was saved before. So one wrong
 * field never throws away the others.
 */
export function applyDraft(saved: Profile, draft: ProfileDraft, currentYear: number): Profile {
  const shape = makeProfileDraftSchema(currentYear).def.shape;
  const valid = <K extends keyof ProfileDraft>(key: K) => shape[key].safeParse(draft[key]).success;
  const empty = <K extends keyof ProfileDraft>(key: K) => draft[key].length === 0;
  const pick = <K extends keyof ProfileDraft, V>(
    key: K,
    value: () => V,
    previous: V | undefined,
  ) => (valid(key) ? value() : empty(key) ? undefined : previous);

  const next: Profile = {
    name: pick('name', () => draft.name.trim() || undefined, saved.name),
    sectors: pick('sectors', () => draft.sectors as NonNullable<Profile['sectors']>, saved.sectors),
    legalForm: pick('legalForm', () => draft.legalForm as Profile['legalForm'], saved.legalForm),
    members: pick('members', () => Number(draft.members), saved.members),
    founded: pick('founded', () => Number(draft.founded), saved.founded),
    scale: pick('scale', () => draft.scale as Profile['scale'], saved.scale),
    volunteers: pick('volunteers', () => Number(draft.volunteers), saved.volunteers),
    paidStaff: pick('paidStaff', () => draft.paidStaff as Profile['paidStaff'], saved.paidStaff),
  };
  // Drop cleared fields so the stored profile only holds what was given.
  for (const key of Object.keys(next) as (keyof Profile)[]) {
    if (next[key] === undefined) delete next[key];
  }
  return next;
}
