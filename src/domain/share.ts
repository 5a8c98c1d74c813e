import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';

export const ANSWERS_SHARE_FORMAT = 'collective-scan-answers';
export const ANSWERS_SHARE_VERSION = 1;
/** Longer link payloads are refused before they are decompressed. */
export const MAX_SHARE_PAYLOAD = 8_000;

const answersShareSchema = z.object({
  format: z.literal(ANSWERS_SHARE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  respondentId: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.optional(z.string().check(z.maxLength(80))),
  answers: z.string().check(z.regex(/^[0-9dn.]*$/), z.maxLength(500)),
  sharedAt: z.string(),
});
export type AnswersShare = z.infer<typeof answersShareSchema>;

export type ShareFailure =
  | 'empty'
  | 'tooLong'
  | 'corrupt'
  | 'unknownFormat'
  | 'newerVersion'
  | 'otherQuestionnaire';

/**
 * Validates the decompressed text of any share link: JSON, its `format`, not a newer `version`,
 * the schema, and the same questionnaire version as this app.
 */
export function parseSharePayload<T extends { questionnaireVersion: string }>(
  json: string | null,
  expect: {
    format: string;
    version: number;
    schema: z.ZodMiniType<T>;
    questionnaireVersion: string;
  },
): Result<T, ShareFailure> {
  if (json === null || json.length === 0) return fail('corrupt');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('corrupt');
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== expect.format
  ) {
    return fail('unknownFormat');
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > expect.version) return fail('newerVersion');
  const parsed = expect.schema.safeParse(value);
  if (!parsed.success) return fail('corrupt');
  if (parsed.data.questionnaireVersion !== expect.questionnaireVersion)
    return fail('otherQuestionnaire');
  return ok(parsed.data);
}

/** Validates a member's shared answers. */
export function parseAnswersShare(
  json: string | null,
  questionnaireVersion: string,
): Result<AnswersShare, ShareFailure> {
  return parseSharePayload(json, {
    format: ANSWERS_SHARE_FORMAT,
    version: ANSWERS_SHARE_VERSION,
    schema: answersShareSchema,
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
