import * as z from 'zod/mini';
import { upgradeCompact } from './compact-answers';
import type { Editions } from './editions';
import { SAFE_ID_PATTERN } from './ids';
import { isoDateSchema } from './iso-date';
import type { Answers } from './questionnaire';
import { fail, ok, type Result } from './result';
import { type Migrations, migrate, readHeader } from './versioned';

const ANSWERS_SHARE_FORMAT = 'collective-scan-answers';
const ANSWERS_SHARE_VERSION = 1;
/** Longer link payloads are refused before they are decompressed. */
export const MAX_SHARE_PAYLOAD = 8_000;

const answersShareSchema = z.object({
  format: z.literal(ANSWERS_SHARE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  // A member's id becomes part of the session's routes: the safe-id rule (ids.ts).
  respondentId: z.string().check(z.regex(SAFE_ID_PATTERN)),
  name: z.optional(z.string().check(z.maxLength(80))),
  // Checked by the codec against the edition's layout (length and characters), so a refusal says
  // why; the payload's own limit bounds its length.
  answers: z.string(),
  // Merging compares these as text to keep the answers shared last.
  sharedAt: isoDateSchema,
});
type AnswersShare = z.infer<typeof answersShareSchema>;

/**
 * What can be wrong with the compressed part of a link, before its contents are read: too long,
 * characters a link of this app never holds, cut off (it does not unpack), extra characters after
 * the end, or changed on the way (it unpacks, but is not what the app wrote).
 */
export type LinkError = 'tooLong' | 'linkCharacters' | 'cutOff' | 'extra' | 'altered';

export type ShareError =
  | LinkError
  | 'corrupt'
  | 'unknownFormat'
  | 'newerVersion'
  | 'otherQuestionnaire'
  /** The answers are not one per statement of their edition, or hold characters never written. */
  | 'length'
  | 'character'
  /** The share date is no real date. */
  | 'date';

/** The reason a payload's schema refused it, named by the first field that broke. */
function schemaError(issues: readonly { path: readonly PropertyKey[]; code?: string }[]) {
  const [issue] = issues;
  const field = issue?.path[0];
  if (field === 'sharedAt') return 'date';
  if (field === 'answers' && issue?.code === 'too_big') return 'length';
  if (field === 'answers' && issue?.code === 'invalid_format') return 'character';
  return 'corrupt';
}

/**
 * Validates the decompressed text of any share link: JSON, the common header (its `format`, not a
 * newer `version`), migration of older versions, the schema, and an edition of the
 * questionnaire this app knows.
 */
export function parseSharePayload<T extends { questionnaireVersion: string }>(
  json: string | null,
  expect: {
    format: string;
    version: number;
    schema: z.ZodMiniType<T>;
    migrations: Migrations;
    editions: readonly string[];
  },
): Result<T, ShareError> {
  if (json === null || json.length === 0) return fail('corrupt');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('corrupt');
  }
  const header = readHeader(value, expect);
  if (!header.ok) return header;
  const migrated = migrate(header.value, header.value.version, expect.version, expect.migrations);
  if (!migrated.ok) return fail('corrupt');
  const parsed = expect.schema.safeParse(migrated.value);
  if (!parsed.success) return fail(schemaError(parsed.error.issues));
  if (!expect.editions.includes(parsed.data.questionnaireVersion)) {
    return fail('otherQuestionnaire');
  }
  return ok(parsed.data);
}

/** A member's shared answers, read into today's questionnaire, and what no longer counts. */
export type ReadAnswersShare = {
  share: AnswersShare;
  /** The edition the member answered, when it is an earlier one. */
  fromEdition: string | null;
  dropped: Answers;
};

/** Validates a member's shared answers; answers to an earlier edition are read into today's. */
export function parseAnswersShare(
  json: string | null,
  editions: Editions,
): Result<ReadAnswersShare, ShareError> {
  const parsed = parseSharePayload(json, {
    format: ANSWERS_SHARE_FORMAT,
    version: ANSWERS_SHARE_VERSION,
    schema: answersShareSchema,
    // Version 1 is the first.
    migrations: {},
    editions: Object.keys(editions.layouts),
  });
  if (!parsed.ok) return parsed;
  const share = parsed.value;
  const upgraded = upgradeCompact(editions, share.questionnaireVersion, share.answers);
  if (!upgraded.ok) {
    return fail<ShareError>(
      upgraded.error === 'unknownEdition' ? 'otherQuestionnaire' : upgraded.error,
    );
  }
  const current = editions.questionnaire.version;
  return ok({
    share: { ...share, questionnaireVersion: current, answers: upgraded.value.encoded },
    fromEdition: share.questionnaireVersion === current ? null : share.questionnaireVersion,
    dropped: upgraded.value.dropped,
  });
}

/** What a member shares with the facilitator: compact answers, an id, and a name if they gave one. */
export function makeAnswersShare(input: {
  questionnaireVersion: string;
  respondentId: string;
  name?: string;
  answers: string;
  sharedAt: string;
}): AnswersShare {
  const { name, ...rest } = input;
  return {
    format: ANSWERS_SHARE_FORMAT,
    version: ANSWERS_SHARE_VERSION,
    ...rest,
    ...(name ? { name: name.slice(0, 80) } : {}),
  };
}
