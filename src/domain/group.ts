import { type AdviceContent, type PickedAdvice, type ProfileFacts, pickAdvice } from './advice';
import { answerOfChar, nonScoringChar, optionChar } from './compact-answers';
import { levelOf } from './levels';
import { allQuestions, optionsOf } from './questionnaire';
import type { Questionnaire, Theme } from './questionnaire-schema';
import {
  type Aggregated,
  aggregateScores,
  hasEnoughAnswers,
  optionValue,
  themeScoreFrom,
  toPoints,
} from './scoring';
import { type Summary, summarize } from './stats';

/**
 * A theme on which respondents' scores have a standard deviation above this many points (on the
 * 0–100 scale) is flagged "the group disagrees here". 20 points is most of one step on the
 * five-point scale (25 points): people are, on average, a step or more apart.
 */
export const DISAGREEMENT_SD = 20;

/** Statement-level counts stay hidden below this many answers, so no one's answer can be singled out. */
export const MIN_ANSWERS_TO_SHOW = 3;

export type ThemeGroupStats = {
  themeId: string;
  areaId: string;
  /** Over respondents' theme scores (or, for a tally, over all votes in the theme). */
  summary: Summary | null;
  disagree: boolean;
};

type ValueTable = {
  themeIndex: number[];
  /** Statements per theme. */
  themeSizes: number[];
  /** Per question, indexed by char code: the answer's 0–1 value, NaN where it does not count. */
  values: Float64Array[];
  themeIds: string[];
  areaIds: string[];
};

/** Per question: its theme, and the value of each compact answer character (see compact-answers.ts). */
function valueTable(questionnaire: Questionnaire): ValueTable {
  const themeIds: string[] = [];
  const areaIds: string[] = [];
  const themeIndex: number[] = [];
  const themeSizes: number[] = [];
  const values: Float64Array[] = [];
  for (const area of questionnaire.areas) {
    for (const theme of area.themes) {
      themeIds.push(theme.id);
      areaIds.push(area.id);
      themeSizes.push(theme.questions.length);
      for (const question of theme.questions) {
        themeIndex.push(themeIds.length - 1);
        const table = new Float64Array(128).fill(Number.NaN);
        optionsOf(questionnaire, question).forEach((option, index) => {
          const char = optionChar(index);
          if (char !== null) table[char.charCodeAt(0)] = optionValue(question, option);
        });
        values.push(table);
      }
    }
  }
  return { themeIndex, themeSizes, values, themeIds, areaIds };
}

/**
 * Each respondent's theme scores, row after row (`themeCount` per respondent, NaN where a theme
 * has no score), from compact answers. The fast path for thousands of respondents: a lookup table
 * per question instead of decoding each answer, with the theme score taken by the same rule as a
 * single scan (themeScoreFrom).
 */
function scoreRows(table: ValueTable, encoded: readonly string[]): Float64Array {
  const themeCount = table.themeIds.length;
  const rows = new Float64Array(encoded.length * themeCount);
  const sums = new Float64Array(themeCount);
  const counts = new Uint16Array(themeCount);
  const notApplicable = new Uint16Array(themeCount);
  const notApplicableCode = nonScoringChar('not-applicable').charCodeAt(0);
  encoded.forEach((answers, respondent) => {
    sums.fill(0);
    counts.fill(0);
    notApplicable.fill(0);
    for (let q = 0; q < table.values.length; q += 1) {
      const code = answers.charCodeAt(q);
      const value = table.values[q]?.[code] ?? Number.NaN;
      const theme = table.themeIndex[q] ?? 0;
      if (!Number.isNaN(value)) {
        sums[theme] = (sums[theme] ?? 0) + value;
        counts[theme] = (counts[theme] ?? 0) + 1;
      } else if (code === notApplicableCode) {
        notApplicable[theme] = (notApplicable[theme] ?? 0) + 1;
      }
    }
    for (let theme = 0; theme < themeCount; theme += 1) {
      rows[respondent * themeCount + theme] =
        themeScoreFrom(
          sums[theme] ?? 0,
          counts[theme] ?? 0,
          (table.themeSizes[theme] ?? 0) - (notApplicable[theme] ?? 0),
        ) ?? Number.NaN;
    }
  });
  return rows;
}

/** Flat score rows (see scoreRows) as one array of theme scores per respondent. */
export function respondentRows(scores: Float64Array, themeCount: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < scores.length; start += themeCount) {
    rows.push(Array.from(scores.subarray(start, start + themeCount)));
  }
  return rows;
}

/** Each respondent's theme scores (NaN where a theme has no score), from compact answers. */
export function themeScoresOfRespondents(questionnaire: Questionnaire, encoded: readonly string[]) {
  const table = valueTable(questionnaire);
  const scores = respondentRows(scoreRows(table, encoded), table.themeIds.length);
  return { themeIds: table.themeIds, areaIds: table.areaIds, scores };
}

function withFlag(themeId: string, areaId: string, values: number[]): ThemeGroupStats {
  const summary = summarize(values);
  return { themeId, areaId, summary, disagree: summary !== null && summary.sd > DISAGREEMENT_SD };
}

/** Per theme, from flat score rows: the spread of the theme scores that exist. */
function statsOfRows(table: ValueTable, rows: Float64Array): ThemeGroupStats[] {
  const themeCount = table.themeIds.length;
  return table.themeIds.map((themeId, theme) => {
    const values: number[] = [];
    for (let at = theme; at < rows.length; at += themeCount) {
      const value = rows[at] ?? Number.NaN;
      if (!Number.isNaN(value)) values.push(value);
    }
    return withFlag(themeId, table.areaIds[theme] ?? '', values);
  });
}

/** Per theme: the spread of respondents' theme scores, and whether the group disagrees. */
export function groupThemeStats(
  questionnaire: Questionnaire,
  encoded: readonly string[],
): ThemeGroupStats[] {
  const table = valueTable(questionnaire);
  return statsOfRows(table, scoreRows(table, encoded));
}

/** Everything a group's results show that takes a pass over every respondent's answers. */
export type GroupFigures = {
  /** Per theme (groupThemeStats). */
  stats: ThemeGroupStats[];
  /** Respondents' theme scores, row after row, `themeCount` per respondent; NaN where none. */
  scores: Float64Array;
  themeCount: number;
  /** Per statement, how many respondents chose each answer (answerCounts for every statement). */
  counts: Tally;
};

/**
 * A group's statistics, theme scores and answer counts in one pass: what the group results need,
 * computed once (in a worker for a large group, see src/lib/group-stats-jobs.ts).
 */
export function groupFigures(
  questionnaire: Questionnaire,
  encoded: readonly string[],
): GroupFigures {
  const table = valueTable(questionnaire);
  const scores = scoreRows(table, encoded);
  return {
    stats: statsOfRows(table, scores),
    scores,
    themeCount: table.themeIds.length,
    counts: allAnswerCounts(questionnaire, encoded),
  };
}

/** Votes counted in the room: per question, how many chose each answer. */
export type Tally = Record<string, Record<string, number>>;

/**
 * A tally's votes on one theme, each as points (0–100), and whether they are enough: a statement
 * counts when it got a scoring vote, and drops out of what applies when the room voted it only
 * "not applicable" (the same thin-theme rule as a scan).
 */
export function tallyThemeVotes(
  questionnaire: Questionnaire,
  tally: Tally,
  theme: Theme,
): { votes: number[]; enough: boolean } {
  const votes: number[] = [];
  let counted = 0;
  let applicable = theme.questions.length;
  for (const question of theme.questions) {
    const counts = tally[question.id] ?? {};
    const before = votes.length;
    for (const option of optionsOf(questionnaire, question)) {
      const value = toPoints(optionValue(question, option));
      for (let vote = 0; vote < (counts[option.id] ?? 0); vote += 1) votes.push(value);
    }
    if (votes.length > before) counted += 1;
    else if ((counts['not-applicable'] ?? 0) > 0 && (counts['dont-know'] ?? 0) === 0) {
      applicable -= 1;
    }
  }
  return { votes, enough: hasEnoughAnswers({ counted, applicable }) };
}

/**
 * Per theme for a tally: a tally does not link votes to people, so the summary is over all votes
 * cast on the theme's statements, and the disagreement is the spread of votes. A theme with too
 * few voted statements has no summary.
 */
export function tallyThemeStats(questionnaire: Questionnaire, tally: Tally): ThemeGroupStats[] {
  return questionnaire.areas.flatMap((area) =>
    area.themes.map((theme) => {
      const { votes, enough } = tallyThemeVotes(questionnaire, tally, theme);
      return withFlag(theme.id, area.id, enough ? votes : []);
    }),
  );
}

/** A tally's figures in the shape of a group's: the votes are the answer counts. */
export function tallyFigures(questionnaire: Questionnaire, tally: Tally): GroupFigures {
  const stats = tallyThemeStats(questionnaire, tally);
  return { stats, scores: new Float64Array(0), themeCount: stats.length, counts: tally };
}

/** Every theme without figures yet: the shape of a group's results while they are worked out. */
export function emptyThemeStats(questionnaire: Questionnaire): ThemeGroupStats[] {
  return questionnaire.areas.flatMap((area) =>
    area.themes.map((theme) => ({
      themeId: theme.id,
      areaId: area.id,
      summary: null,
      disagree: false,
    })),
  );
}

type GroupThemeScore = { themeId: string; areaId: string; score: number | null };

/** The group's scores: each theme's mean, and areas and overall aggregated as for a single scan. */
export function groupScores(
  questionnaire: Questionnaire,
  stats: readonly ThemeGroupStats[],
): Aggregated<GroupThemeScore> {
  return aggregateScores(
    questionnaire,
    stats.map((theme) => ({
      themeId: theme.themeId,
      areaId: theme.areaId,
      score: theme.summary?.mean ?? null,
    })),
  );
}

/** How many respondents chose each answer to one question (including don't know / not applicable). */
export function answerCounts(
  questionnaire: Questionnaire,
  encoded: readonly string[],
  questionId: string,
): { counts: Record<string, number>; answered: number } {
  const questions = allQuestions(questionnaire);
  const index = questions.findIndex((question) => question.id === questionId);
  const question = questions[index];
  const counts: Record<string, number> = {};
  if (!question) return { counts, answered: 0 };
  const options = optionsOf(questionnaire, question).map((option) => option.id);
  let answered = 0;
  for (const answers of encoded) {
    const id = answerOfChar(options, answers[index]);
    if (id === null || id === undefined) continue;
    counts[id] = (counts[id] ?? 0) + 1;
    answered += 1;
  }
  return { counts, answered };
}

/** How many respondents chose each answer, for every statement at once (see answerCounts). */
export function allAnswerCounts(questionnaire: Questionnaire, encoded: readonly string[]): Tally {
  const questions = allQuestions(questionnaire);
  // Per statement, how often each character occurs: one pass over the answers.
  const seen = questions.map(() => new Uint32Array(128));
  for (const answers of encoded) {
    const length = Math.min(answers.length, questions.length);
    for (let q = 0; q < length; q += 1) {
      const code = answers.charCodeAt(q);
      if (code < 128) {
        const row = seen[q];
        if (row) row[code] = (row[code] ?? 0) + 1;
      }
    }
  }
  const tally: Tally = {};
  questions.forEach((question, q) => {
    const options = optionsOf(questionnaire, question).map((option) => option.id);
    const counts: Record<string, number> = {};
    seen[q]?.forEach((times, code) => {
      if (times === 0) return;
      const id = answerOfChar(options, String.fromCharCode(code));
      if (id !== null && id !== undefined) counts[id] = (counts[id] ?? 0) + times;
    });
    tally[question.id] = counts;
  });
  return tally;
}

export type GroupAdvice =
  | { kind: 'talk'; themeId: string; stats: ThemeGroupStats }
  | { kind: 'act' | 'keep'; themeId: string; stats: ThemeGroupStats; advice: PickedAdvice | null };

/**
 * Advice that takes agreement into account: a disputed theme calls for a conversation first;
 * an agreed theme gets first steps (low or middle level) or "keep doing it" (high level).
 * Act: the three lowest agreed themes below the high level. Talk: every disputed theme.
 */
export function groupAdvice(
  stats: readonly ThemeGroupStats[],
  content: Pick<AdviceContent, 'rules' | 'targets'>,
  profile: ProfileFacts,
): { act: GroupAdvice[]; talk: GroupAdvice[]; keep: GroupAdvice[] } {
  const scored = stats.filter((theme) => theme.summary !== null);
  const mean = (theme: ThemeGroupStats) => theme.summary?.mean ?? 0;
  const isHigh = (theme: ThemeGroupStats) => levelOf(mean(theme)) === 'high';
  const advise =
    (kind: 'act' | 'keep') =>
    (theme: ThemeGroupStats): GroupAdvice => ({
      kind,
      themeId: theme.themeId,
      stats: theme,
      advice: pickAdvice(content, theme.themeId, mean(theme), profile),
    });
  return {
    talk: scored
      .filter((theme) => theme.disagree)
      .map((theme) => ({ kind: 'talk', themeId: theme.themeId, stats: theme })),
    act: scored
      .filter((theme) => !theme.disagree && !isHigh(theme))
      .sort((a, b) => mean(a) - mean(b))
      .slice(0, 3)
      .map(advise('act')),
    keep: scored.filter((theme) => !theme.disagree && isHigh(theme)).map(advise('keep')),
  };
}

/** The themes the group disagrees on, widest spread first (for the discussion mode). */
export function disputedThemes(stats: readonly ThemeGroupStats[]): ThemeGroupStats[] {
  return stats
    .filter((theme) => theme.disagree && theme.summary !== null)
    .sort((a, b) => (b.summary?.sd ?? 0) - (a.summary?.sd ?? 0));
}

export type StatementSpread = { questionId: string; summary: Summary };

/**
 * Per statement of a theme, the spread of the counted answers (0–100 each), widest first: where
 * people are furthest apart is where the conversation starts. From respondents' compact answers,
 * or from a tally's votes.
 */
export function statementSpreads(
  questionnaire: Questionnaire,
  themeId: string,
  source: { encoded: readonly string[] } | { tally: Tally },
): StatementSpread[] {
  const questions = allQuestions(questionnaire);
  const spreads: StatementSpread[] = [];
  questions.forEach((question, index) => {
    if (!question.id.startsWith(`${themeId}.`)) return;
    const options = optionsOf(questionnaire, question);
    const values: number[] = [];
    if ('encoded' in source) {
      for (const answers of source.encoded) {
        const id = answerOfChar(
          options.map((option) => option.id),
          answers[index],
        );
        const option = options.find((candidate) => candidate.id === id);
        if (option) values.push(toPoints(optionValue(question, option)));
      }
    } else {
      const counts = source.tally[question.id] ?? {};
      for (const option of options) {
        for (let vote = 0; vote < (counts[option.id] ?? 0); vote += 1) {
          values.push(toPoints(optionValue(question, option)));
        }
      }
    }
    const summary = summarize(values);
    if (summary) spreads.push({ questionId: question.id, summary });
  });
  return spreads.sort((a, b) => b.summary.sd - a.summary.sd);
}
