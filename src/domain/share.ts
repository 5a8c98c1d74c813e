import * as z from 'zod/mini';
import { compactAnswersSchema } from './compact-answers';
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
  answers: compactAnswersSchema,
  sharedAt: z.string(),
});
type AnswersShare = z.infer<typeof answersShareSchema>;

export type ShareError = 'corrupt' | 'unknownFormat' | 'newerVersion' | 'otherQuestionnaire';

/**
 * Validates the decompressed text of any share link: JSON, the common header (its `format`, not a
 * newer `version`), migration of older versions, the schema, and the same questionnaire version
 * as this app.
 */
export function parseSharePayload<T extends { questionnaireVersion: string }>(
  json: string | null,
  expect: {
    format: string;
    version: number;
    schema: z.ZodMiniType<T>;
    migrations: Migrations;
    questionnaireVersion: string;
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
  if (parsed.data.questionnaireVersion !== expect.questionnaireVersion)
    return fail('otherQuestionnaire');
  return ok(parsed.data);
}

/** Validates a member's shared answers. */
export function parseAnswersShare(
  json: string | null,
  questionnaireVersion: string,
): Result<AnswersShare, ShareError> {
  return parseSharePayload(json, {
    format: ANSWERS_SHARE_FORMAT,
    version: ANSWERS_SHARE_VERSION,
    schema: answersShareSchema,
    // Version 1 is the first.
    migrations: {},
    questionnaireVersion,
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
