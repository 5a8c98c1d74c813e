import * as z from 'zod/mini';
import { compactAnswersSchema } from './compact-answers';
import { roundScore } from './math';
import { profileSchema } from './profile';
import type { Questionnaire } from './questionnaire';
import type { Result } from './result';
import type { ScanScores } from './scoring';
import { parseSharePayload, type ShareError } from './share';

const RESULTS_SHARE_FORMAT = 'collective-scan-results';
const RESULTS_SHARE_VERSION = 1;

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/** Results as shared in a link: profile and rounded scores; the raw answers only if the user chose so. */
export const sharedResultsSchema = z.object({
  format: z.literal(RESULTS_SHARE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  sharedAt: z.string(),
  profile: profileSchema,
  overall: score,
  areas: z.record(z.string(), score),
  /** Per theme: [score, counted answers, statements]. */
  themes: z.record(
    z.string(),
    z.tuple([score, z.number().check(z.int()), z.number().check(z.int())]),
  ),
  answers: z.optional(compactAnswersSchema),
});
export type SharedResults = z.infer<typeof sharedResultsSchema>;

/** The payload of a results link. */
export function makeSharedResults(input: {
  scores: ScanScores;
  profile: SharedResults['profile'];
  questionnaireVersion: string;
  sharedAt: string;
  answers?: string;
}): SharedResults {
  const { scores, answers, ...rest } = input;
  return {
    format: RESULTS_SHARE_FORMAT,
    version: RESULTS_SHARE_VERSION,
    ...rest,
    overall: roundScore(scores.overall),
    areas: Object.fromEntries(scores.areas.map((area) => [area.areaId, roundScore(area.score)])),
    themes: Object.fromEntries(
      scores.themes.map((theme) => [
        theme.themeId,
        [roundScore(theme.score), theme.counted, theme.total],
      ]),
    ),
    ...(answers ? { answers } : {}),
  };
}

/** Validates the decompressed text of a results link. */
export function parseSharedResults(
  json: string | null,
  questionnaireVersion: string,
): Result<SharedResults, ShareError> {
  return parseSharePayload(json, {
    format: RESULTS_SHARE_FORMAT,
    version: RESULTS_SHARE_VERSION,
    schema: sharedResultsSchema,
    // Version 1 is the first.
    migrations: {},
    questionnaireVersion,
  });
}

/** Shared results in the shape the results screens draw (excluded answers are not shared: 0). */
export function scoresFromShared(questionnaire: Questionnaire, shared: SharedResults): ScanScores {
  const areas = questionnaire.areas.map((area) => {
    const themes = area.themes.map((theme) => {
      const [themeScore = null, counted = 0, total = theme.questions.length] =
        shared.themes[theme.id] ?? [];
      return {
        themeId: theme.id,
        areaId: area.id,
        score: themeScore,
        counted,
        excluded: 0,
        total,
        coverage: total > 0 ? counted / total : 0,
      };
    });
    return { areaId: area.id, score: shared.areas[area.id] ?? null, themes };
  });
  return { overall: shared.overall, areas, themes: areas.flatMap((area) => area.themes) };
}
