import * as z from 'zod/mini';
import { upgradeCompact } from './compact-answers';
import type { Editions } from './editions';
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
  respondentId: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.optional(z.string().check(z.maxLength(80))),
  // Checked by the codec against the edition's layout (length and characters), so a refusal says why.
  answers: z.string().check(z.maxLength(500)),
  // An ISO date or UTC time: merging compares these as text to keep the answers shared last.
  sharedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/)),
});
type AnswersShare = z.infer<typeof answersShareSchema>;

export type ShareError =
  | 'corrupt'
  | 'unknownFormat'
  | 'newerVersion'
  | 'otherQuestionnaire'
  /** The answers are not one per statement of their edition, or hold characters never written. */
  | 'length'
  | 'character';

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
  if (!parsed.success) return fail('corrupt');
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
