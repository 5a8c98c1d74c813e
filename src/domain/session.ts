import * as z from 'zod/mini';
import { compactAnswersSchema, decodeAnswers, upgradeCompact } from './compact-answers';
import { type Editions, upgradeTally } from './editions';
import { randomSafeId, safeIdMapper, uniqueSafeIds } from './ids';
import { isoDateSchema } from './iso-date';
import type { JsonFileError } from './json-file';
import { isNonScoring, type Layout } from './questionnaire';
import { fail, ok, type Result } from './result';
import {
  preparseSessionsFile,
  SESSIONS_FILE_FORMAT,
  SESSIONS_FILE_VERSION,
  sessionsFileMigrations,
} from './session-format';
import type { StoredStateSpec } from './stored-state';
import { migrate } from './versioned';

const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

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

/** The reasons the new-session form refuses a value; the UI shows `workshop:new.errors.<reason>`. */
export type NewSessionError = 'nameRequired' | 'nameTooLong' | 'methodRequired';
const error = (reason: NewSessionError) => ({ error: reason });

/** The new-session form; messages are reason codes the UI translates. */
export const newSessionSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, error('nameRequired')), z.maxLength(80, error('nameTooLong'))),
  method: z.enum(SESSION_METHODS, error('methodRequired')),
});
export type NewSession = z.infer<typeof newSessionSchema>;

const tallySchema = z.record(
  z.string(),
  z.record(z.string(), z.number().check(z.int(), z.gte(0), z.lte(100_000))),
);

export const sessionSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  createdAt: z.string(),
  method: z.enum(SESSION_METHODS),
  questionnaireVersion: z.string(),
  respondents: z.array(respondentSchema),
  /** Votes counted in the room: question id → answer id → count. */
  tally: tallySchema,
  /** Questions whose tally the facilitator has revealed. */
  revealed: z.array(z.string()),
  /** How many people the facilitator says are in the room, to notice votes that are missing. */
  roomSize: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000))),
  /**
   * The session as it was before it was read into a newer edition of the questionnaire, kept
   * until the facilitator lets it go, so answers to changed statements are never lost unseen.
   */
  retired: z.optional(
    z.object({
      questionnaireVersion: z.string(),
      respondents: z.array(z.object({ id: idSchema, answers: compactAnswersSchema })),
      tally: tallySchema,
      /** Statements whose answers no longer count. */
      statements: z.array(z.string()),
    }),
  ),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionsStateSchema = z.object({ sessions: z.array(sessionSchema) });
export type SessionsState = z.infer<typeof sessionsStateSchema>;

export const sessionsStateSpec: StoredStateSpec<SessionsState> = {
  version: 1,
  schema: sessionsStateSchema,
  migrations: {},
};

const sessionsFileSchema = z.object({
  format: z.literal(SESSIONS_FILE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  exportedAt: z.string(),
  sessions: z.array(sessionSchema),
});
type SessionsFile = z.infer<typeof sessionsFileSchema>;

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

export type ImportError = JsonFileError | 'invalid' | 'otherQuestionnaire';

/**
 * A session of an earlier edition read into today's questionnaire: respondents' answers and the
 * tally are kept where their statements still exist; the session as it was is kept in `retired`
 * (with the statements that no longer count) until the facilitator lets it go. A session of an
 * edition this app does not know is refused; one of today's edition comes back unchanged.
 */
export function upgradeSession(
  editions: Editions,
  session: Session,
): Result<Session, 'otherQuestionnaire' | 'invalid'> {
  const current = editions.questionnaire.version;
  if (session.questionnaireVersion === current) return ok(session);
  if (!editions.layouts[session.questionnaireVersion]) return fail('otherQuestionnaire');
  const statements = new Set<string>();
  const respondents: Respondent[] = [];
  for (const respondent of session.respondents) {
    const upgraded = upgradeCompact(editions, session.questionnaireVersion, respondent.answers);
    if (!upgraded.ok) return fail('invalid');
    for (const id of Object.keys(upgraded.value.dropped)) statements.add(id);
    respondents.push({ ...respondent, answers: upgraded.value.encoded });
  }
  const tally = upgradeTally(editions.questionnaire, session.tally);
  for (const id of tally.dropped) statements.add(id);
  return ok({
    ...session,
    questionnaireVersion: current,
    respondents,
    tally: tally.tally,
    revealed: session.revealed.filter((id) => tally.tally[id] !== undefined),
    retired: {
      questionnaireVersion: session.questionnaireVersion,
      respondents: session.respondents.map(({ id, answers }) => ({ id, answers })),
      tally: session.tally,
      statements: [...statements].sort(),
    },
  });
}

const sessionsEnvelopeSchema = z.object({
  ...sessionsFileSchema.def.shape,
  sessions: z.array(z.unknown()),
});

// What an imported session may bring: any id (made safe below, see ids.ts), real dates only, and
// respondents checked in steps.
const importedRespondentSchema = z.object({
  ...respondentSchema.def.shape,
  id: z.string(),
  addedAt: isoDateSchema,
});
const importedRespondentsSchema = z.array(importedRespondentSchema);
const importedSessionsSchema = z.array(
  z.object({
    ...sessionSchema.def.shape,
    id: z.string(),
    createdAt: isoDateSchema,
    respondents: z.array(z.unknown()),
    retired: z.optional(
      z.object({
        questionnaireVersion: z.string(),
        respondents: z.array(z.object({ id: z.string(), answers: compactAnswersSchema })),
        tally: tallySchema,
        statements: z.array(z.string()),
      }),
    ),
  }),
);
const RESPONDENTS_PER_STEP = 1000;

/** True when every vote is on a statement of the layout, for one of its answers. */
function tallyFits(layout: Layout, tally: Session['tally']): boolean {
  const options = new Map(layout.questions.map((question) => [question.id, question.options]));
  return Object.entries(tally).every(([questionId, counts]) => {
    const allowed = options.get(questionId);
    return (
      allowed !== undefined &&
      Object.keys(counts).every((answer) => allowed.includes(answer) || isNonScoring(answer))
    );
  });
}

/**
 * Reads the sessions of a file (a sessions file or a backup) in steps of 1,000 respondents; each
 * `yield` is one step done. Every answer string must fit its edition's layout to the last
 * character and every vote a statement and answer of it; dates must be real. Then every id is made
 * usable (ids.ts): sessions get ids no other session of the file has, an unsafe respondent id is
 * replaced the same way wherever it occurs, and a respondent listed twice in a session is counted
 * once (the answers shared last win, as when merging). Sessions of an earlier edition are read
 * into today's questionnaire (see upgradeSession).
 */
export function* readImportedSessions(
  raw: unknown,
  editions: Editions,
  newId: () => string = randomSafeId,
): Generator<
  void,
  Result<{ sessions: Session[]; upgraded: number }, 'invalid' | 'otherQuestionnaire'>
> {
  const parsed = importedSessionsSchema.safeParse(raw);
  if (!parsed.success) return fail('invalid');
  const safeRespondentId = safeIdMapper(newId);
  const sessions: Session[] = [];
  let upgraded = 0;
  for (const { respondents: rawRespondents, retired, ...imported } of parsed.data) {
    const layout = editions.layouts[imported.questionnaireVersion];
    if (!layout) return fail('otherQuestionnaire');
    if (!tallyFits(layout, imported.tally)) return fail('invalid');
    const respondents: Respondent[] = [];
    for (let start = 0; start < rawRespondents.length; start += RESPONDENTS_PER_STEP) {
      const step = importedRespondentsSchema.safeParse(
        rawRespondents.slice(start, start + RESPONDENTS_PER_STEP),
      );
      if (!step.success) return fail('invalid');
      for (const respondent of step.data) {
        if (!decodeAnswers(layout, respondent.answers).ok) return fail('invalid');
        respondents.push({ ...respondent, id: safeRespondentId(respondent.id) });
      }
      yield;
    }
    let kept: Session['retired'];
    if (retired) {
      const retiredLayout = editions.layouts[retired.questionnaireVersion];
      if (!retiredLayout) return fail('otherQuestionnaire');
      if (!retired.respondents.every(({ answers }) => decodeAnswers(retiredLayout, answers).ok)) {
        return fail('invalid');
      }
      kept = {
        ...retired,
        respondents: retired.respondents.map(({ id, answers }) => ({
          id: safeRespondentId(id),
          answers,
        })),
      };
    }
    const session: Session = {
      ...imported,
      respondents: mergeRespondents([], respondents).respondents,
      ...(kept ? { retired: kept } : {}),
    };
    const read = upgradeSession(editions, session);
    if (!read.ok) return read;
    if (read.value !== session) upgraded += 1;
    sessions.push(read.value);
  }
  return ok({ sessions: uniqueSafeIds(sessions, newId).items, upgraded });
}

/**
 * Validates a pre-parsed sessions file in steps (see readImportedSessions), so the caller can let
 * the browser breathe between steps. Each `yield` is one step done; the return value is the result.
 */
export function* validateSessionsFile(
  json: unknown,
  editions: Editions,
  newId: () => string = randomSafeId,
): Generator<void, Result<Session[], ImportError>> {
  const version = (json as { version?: unknown }).version;
  const migrated = migrate(
    json,
    typeof version === 'number' ? version : SESSIONS_FILE_VERSION,
    SESSIONS_FILE_VERSION,
    sessionsFileMigrations,
  );
  if (!migrated.ok) return fail('invalid');
  const envelope = sessionsEnvelopeSchema.safeParse(migrated.value);
  if (!envelope.success) return fail('invalid');
  const read = yield* readImportedSessions(envelope.data.sessions, editions, newId);
  return read.ok ? ok(read.value.sessions) : read;
}

/** Reads an exported sessions file in one go (tests and small files). Nothing is half-imported. */
export function parseSessionsFile(
  text: string,
  editions: Editions,
  newId: () => string = randomSafeId,
): Result<Session[], ImportError> {
  const read = preparseSessionsFile(text);
  if (!read.ok) return read;
  const steps = validateSessionsFile(read.value, editions, newId);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A respondent's place in the session's list, from 1: how unnamed respondents are called. */
export function respondentNumber(respondents: readonly Respondent[], id: string): number {
  return respondents.findIndex((respondent) => respondent.id === id) + 1;
}

/** What became of one incoming respondent when merged into a session. */
export type MergeOutcome = 'added' | 'updated' | 'older' | 'duplicate';

/**
 * Adds respondents to a list, one per respondent id: for an id already there, the answers shared
 * last (by their share date) win, whatever order links are pasted or codes scanned in; the same
 * answers again are a duplicate, counted once. Returns the new list and what became of each
 * incoming respondent, in order.
 */
export function mergeRespondents(
  existing: readonly Respondent[],
  incoming: readonly Respondent[],
): { respondents: Respondent[]; outcomes: MergeOutcome[] } {
  const byId = new Map(existing.map((respondent) => [respondent.id, respondent]));
  const outcomes = incoming.map((respondent): MergeOutcome => {
    const known = byId.get(respondent.id);
    if (!known) {
      byId.set(respondent.id, respondent);
      return 'added';
    }
    if (respondent.addedAt > known.addedAt) {
      byId.set(respondent.id, respondent);
      return 'updated';
    }
    return respondent.addedAt === known.addedAt && respondent.answers === known.answers
      ? 'duplicate'
      : 'older';
  });
  return { respondents: [...byId.values()], outcomes };
}
