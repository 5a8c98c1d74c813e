import * as z from 'zod/mini';

export const SECTORS = [
  'energy',
  'care',
  'food',
  'housing',
  'neighbourhood',
  'nature',
  'culture',
  'mobility',
  'other',
] as const;
export const LEGAL_FORMS = [
  'cooperative',
  'association',
  'social-enterprise',
  'foundation',
  'none-yet',
  'other',
] as const;
export const SCALES = ['village', 'district', 'city', 'region'] as const;
/** Whether anyone is paid to work for the collective: it changes which advice fits. */
export const PAID_STAFF = ['none', 'some'] as const;

export const MAX_MEMBERS = 100_000;
export const EARLIEST_FOUNDED = 1800;
export const MAX_NAME_LENGTH = 100;

/** A saved profile: every field may still be missing while the user fills it in. */
export const profileSchema = z.object({
  name: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  sectors: z.optional(z.array(z.enum(SECTORS))),
  legalForm: z.optional(z.enum(LEGAL_FORMS)),
  members: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_MEMBERS))),
  founded: z.optional(z.number().check(z.int(), z.gte(EARLIEST_FOUNDED))),
  scale: z.optional(z.enum(SCALES)),
  volunteers: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_MEMBERS))),
  paidStaff: z.optional(z.enum(PAID_STAFF)),
});
export type Profile = z.infer<typeof profileSchema>;

/** True when every required field of the profile is filled in. */
export function isProfileComplete(profile: Profile): boolean {
  return (
    (profile.sectors?.length ?? 0) > 0 &&
    profile.legalForm !== undefined &&
    profile.members !== undefined &&
    profile.founded !== undefined &&
    profile.scale !== undefined &&
    profile.volunteers !== undefined &&
    profile.paidStaff !== undefined
  );
}
