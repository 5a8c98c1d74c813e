import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';
import type { StoredStateSpec } from './stored-state';

const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
const compactAnswersSchema = z.string().check(z.regex(/^[0-9dn.]*$/), z.maxLength(500));

export const respondentSchema = z.object({
  /** Stable per device for shared answers, so the same person added twice counts once. */
  id: idSchema,
  /** A name given by the respondent or facilitator; otherwise shown as "Respondent N". */
  name: z.optional(z.string().check(z.maxLength(80))),
  /** Compact answers (see compact-answers.ts) for the session's questionnaire version. */
  answers: compactAnswersSchema,
  addedAt: z.string(),
});
export type Respondent = z.infer<typeof respondentSchema>;

export const SESSION_METHODS = ['tally', 'merge', 'laptop'] as const;

/** The new-session form; messages are reason codes the UI translates. */
export const newSessionSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'nameRequired' }),
      z.maxLength(80, { error: 'nameTooLong' }),
    ),
  method: z.enum(SESSION_METHODS, { error: 'methodRequired' }),
});
export type NewSession = z.infer<typeof newSessionSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  createdAt: z.string(),
  method: z.enum(SESSION_METHODS),
  questionnaireVersion: z.string(),
  respondents: z.array(respondentSchema),
  /** Votes counted in the room: question id → answer id → count. */
  tally: z.record(
    z.string(),
    z.record(z.string(), z.number().check(z.int(), z.gte(0), z.lte(100_000))),
  ),
  /** Questions whose tally the facilitator has revealed. */
  revealed: z.array(z.string()),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionsStateSchema = z.object({ sessions: z.array(sessionSchema) });
export type SessionsState = z.infer<typeof sessionsStateSchema>;

export const sessionsStateSpec: StoredStateSpec<SessionsState> = {
  version: 1,
  schema: sessionsStateSchema,
  migrations: {},
};

export const SESSIONS_FILE_FORMAT = 'collective-scan-sessions';
export const SESSIONS_FILE_VERSION = 1;
/** Files larger than this are refused before they are read (10,000 respondents take about 1.5 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Deeper than this is not a file we wrote: refuse it before walking it. */
const MAX_DEPTH = 8;

const sessionsFileSchema = z.object({
  format: z.literal(SESSIONS_FILE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  exportedAt: z.string(),
  sessions: z.array(sessionSchema),
});
export type SessionsFile = z.infer<typeof sessionsFileSchema>;

/** The export file: it says what it is, which format version and which questionnaire. */
export function toSessionsFile(
  sessions: Session[],
  questionnaireVersion: string,
  exportedAt: string,
): SessionsFile {
  return {
    format: SESSIONS_FILE_FORMAT,
    version: SESSIONS_FILE_VERSION,
    questionnaireVersion,
    exportedAt,
    sessions,
  };
}

export type ImportFailure =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'tooDeep'
  | 'unknownFormat'
  | 'newerVersion'
  | 'invalid'
  | 'otherQuestionnaire';

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

/** Reads an exported sessions file. Every failure is a reason code; nothing is half-imported. */
export function parseSessionsFile(
  text: string,
  questionnaireVersion: string,
): Result<Session[], ImportFailure> {
  if (text.trim().length === 0) return fail('empty');
  if (text.length > MAX_IMPORT_BYTES) return fail('tooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (depthOf(json, MAX_DEPTH + 1) > MAX_DEPTH) return fail('tooDeep');
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== SESSIONS_FILE_FORMAT
  ) {
    return fail('unknownFormat');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SESSIONS_FILE_VERSION) return fail('newerVersion');
  const parsed = sessionsFileSchema.safeParse(json);
  if (!parsed.success) return fail('invalid');
  if (parsed.data.questionnaireVersion !== questionnaireVersion) return fail('otherQuestionnaire');
  return ok(parsed.data.sessions);
}

/**
 * Adds respondents to a list; one whose id is already there replaces the earlier entry instead of
 * being counted twice. Returns the new list and how many were new or updated.
 */
export function mergeRespondents(
  existing: readonly Respondent[],
  incoming: readonly Respondent[],
): { respondents: Respondent[]; added: number; updated: number } {
  const byId = new Map(existing.map((respondent) => [respondent.id, respondent]));
  let added = 0;
  let updated = 0;
  for (const respondent of incoming) {
    if (byId.has(respondent.id)) updated += 1;
    else added += 1;
    byId.set(respondent.id, respondent);
  }
  return { respondents: [...byId.values()], added, updated };
}
