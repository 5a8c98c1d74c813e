import * as z from 'zod/mini';
import { compactAnswersSchema, decodeAnswers } from './compact-answers';
import { isoDateSchema } from './iso-date';
import { roundScore } from './math';
import { profileSchema } from './profile';
import type { Layout } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';
import { fail, type Result } from './result';
import type { ScanScores } from './scoring';
import { parseSharePayload, type ShareError } from './share';

const RESULTS_SHARE_FORMAT = 'collective-scan-results';
const RESULTS_SHARE_VERSION = 2;

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));
/** A number of statements: no theme has more than the longest answer string holds. */
const statements = z.number().check(z.int(), z.gte(0), z.lte(500));

/** Results as shared in a link: profile and rounded scores; the raw answers only if the user chose so. */
export const sharedResultsSchema = z.object({
  format: z.literal(RESULTS_SHARE_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  sharedAt: isoDateSchema,
  profile: profileSchema,
  overall: score,
  areas: z.record(z.string(), score),
  /**
   * Per theme: [score, counted answers, statements that apply]. (Version 1 sent the number of
   * statements third; with no "not applicable" that is the same number.)
   */
  themes: z.record(z.string(), z.tuple([score, statements, statements])),
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
        [roundScore(theme.score), theme.counted, theme.applicable],
      ]),
    ),
    ...(answers ? { answers } : {}),
  };
}

/**
 * Validates the decompressed text of a results link made with any edition the app knows. The
 * scores are shown as they were shared: they follow the statements of that edition. Given the
 * editions' layouts, answers sent along must be one per statement of that edition.
 */
export function parseSharedResults(
  json: string | null,
  editions: readonly string[],
  layouts?: Readonly<Record<string, Layout>>,
): Result<SharedResults, ShareError> {
  const parsed = parseSharePayload(json, {
    format: RESULTS_SHARE_FORMAT,
    version: RESULTS_SHARE_VERSION,
    schema: sharedResultsSchema,
    // Version 2 sends the statements that apply where version 1 sent all statements: same shape.
    migrations: { 1: (payload) => payload },
    editions,
  });
  if (!parsed.ok || parsed.value.answers === undefined || !layouts) return parsed;
  const layout = layouts[parsed.value.questionnaireVersion];
  if (!layout) return fail('otherQuestionnaire');
  const decoded = decodeAnswers(layout, parsed.value.answers);
  return decoded.ok ? parsed : decoded;
}

/** Shared results in the shape the results screens draw. */
export function scoresFromShared(questionnaire: Questionnaire, shared: SharedResults): ScanScores {
  const areas = questionnaire.areas.map((area) => {
    const themes = area.themes.map((theme) => {
      const total = theme.questions.length;
      const [themeScore = null, counted = 0, applicable = total] = shared.themes[theme.id] ?? [];
      // What was not counted travels only as a number: "don't know" and unanswered look alike.
      return {
        themeId: theme.id,
        areaId: area.id,
        score: themeScore,
        counted,
        excluded: total - applicable,
        total,
        applicable,
      };
    });
    return { areaId: area.id, score: shared.areas[area.id] ?? null, themes };
  });
  return { overall: shared.overall, areas, themes: areas.flatMap((area) => area.themes) };
}
