import * as z from 'zod/mini';
import { roundScore } from './math';
import { profileSchema } from './profile';
import { answersSchema } from './questionnaire';
import type { Aggregated } from './scoring';
import type { StoredStateSpec } from './stored-state';

const scoreSchema = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/** A finished scan kept for later: its scores (and, for an individual scan, profile and answers). */
export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  createdAt: z.string(),
  kind: z.enum(['individual', 'group']),
  /** The edition of the questionnaire the scores follow (absent in snapshots of the first edition). */
  questionnaireVersion: z.optional(z.string()),
  overall: scoreSchema,
  areaScores: z.record(z.string(), scoreSchema),
  themeScores: z.record(z.string(), scoreSchema),
  profile: z.optional(profileSchema),
  answers: z.optional(answersSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;

/** One step of the action plan: an advice step (by key) or the board's own words. */
export const actionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  themeId: z.optional(z.string()),
  adviceKey: z.optional(z.string().check(z.maxLength(120))),
  text: z.optional(z.string().check(z.maxLength(300))),
  owner: z.string().check(z.maxLength(80)),
  /** yyyy-mm-dd, or empty while not decided. */
  due: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  status: z.enum(ACTION_STATUSES),
});
export type Action = z.infer<typeof actionSchema>;

export const recordsStateSchema = z.object({
  snapshots: z.array(snapshotSchema),
  actions: z.array(actionSchema),
});
export type RecordsState = z.infer<typeof recordsStateSchema>;

export const recordsStateSpec: StoredStateSpec<RecordsState> = {
  version: 1,
  schema: recordsStateSchema,
  migrations: {},
};

/** The rounded scores of a scan (individual or group), keyed by theme and area id, as kept in a snapshot. */
export function scoresForSnapshot(
  scores: Aggregated<{ themeId: string; score: number | null }>,
): Pick<Snapshot, 'overall' | 'areaScores' | 'themeScores'> {
  return {
    overall: roundScore(scores.overall),
    areaScores: Object.fromEntries(
      scores.areas.map((area) => [area.areaId, roundScore(area.score)]),
    ),
    themeScores: Object.fromEntries(
      scores.themes.map((theme) => [theme.themeId, roundScore(theme.score)]),
    ),
  };
}

export type ThemeChange = {
  themeId: string;
  before: number | null;
  after: number | null;
  change: number | null;
};

/** Per theme, the change from `before` to `after` (null where either has no score). */
export function compareSnapshots(
  themeIds: readonly string[],
  before: Pick<Snapshot, 'themeScores'>,
  after: Pick<Snapshot, 'themeScores'>,
): ThemeChange[] {
  return themeIds.map((themeId) => {
    const a = before.themeScores[themeId] ?? null;
    const b = after.themeScores[themeId] ?? null;
    return { themeId, before: a, after: b, change: a === null || b === null ? null : b - a };
  });
}

/**
 * A change written so that the arrow and the sign carry the direction, never colour alone:
 * "▲ +12", "▼ −5", "= 0"; where a score appeared or went away, "– → 65" or "65 → –".
 */
export function changeLabel(change: ThemeChange): string {
  if (change.change === null) {
    if (change.before === change.after) return '–';
    return `${change.before ?? '–'} → ${change.after ?? '–'}`;
  }
  if (change.change > 0) return `▲ +${change.change}`;
  if (change.change < 0) return `▼ −${Math.abs(change.change)}`;
  return '= 0';
}
