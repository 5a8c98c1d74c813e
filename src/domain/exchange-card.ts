import * as z from 'zod/mini';
import { SAFE_ID_PATTERN } from './ids';
import { isoDateSchema } from './iso-date';
import { type JsonFileError, readJsonFile } from './json-file';
import { roundScore } from './math';
import { LEGAL_FORMS, type Profile, SCALES, SECTORS } from './profile';
import { fail, ok, type Result } from './result';
import { type HeaderError, type Migrations, migrate, readHeader } from './versioned';

/**
 * The exchange card: what a collective shows other collectives about itself. It holds only a
 * score per theme (no answers), the profile facts that help matching, and the few short lines the
 * board writes itself. It travels as a link, a file or a QR code, so it stays small.
 */
export const CARD_FORMAT = 'collective-scan-card';
export const CARD_VERSION = 1;

/**
 * The card's own order of the twelve themes: the `scores` code has two characters per theme in
 * this order. Never reorder; a new theme gets a new card version with its own list.
 */
export const CARD_THEMES_V1 = [
  'financing-perspective',
  'leadership',
  'professionalisation',
  'upscaling',
  'member-loyalty',
  'community-building',
  'member-responsibility',
  'member-recruitment',
  'sectoral-vision',
  'obstructive-regulations',
  'sham-participation',
  'recognition',
] as const;

/** Longest texts a card holds (characters): short enough for a QR code a laptop camera reads. */
export const CARD_LIMITS = { name: 100, place: 60, line: 100, contact: 100 } as const;
/** How many themes a card shares and asks about. */
export const CARD_THEME_COUNT = 3;
/** Longer link payloads or files are refused before they are read. */
export const MAX_CARD_BYTES = 4_000;

const NO_SCORE = '--';
const SCORE_CODE = /^(?:[0-9a-z]{2}|--)*$/;

const themeLineSchema = z.object({
  theme: z.enum(CARD_THEMES_V1),
  line: z.optional(z.string().check(z.maxLength(CARD_LIMITS.line))),
});
export type ThemeLine = z.infer<typeof themeLineSchema>;

export const cardSchema = z.object({
  format: z.literal(CARD_FORMAT),
  version: z.number().check(z.int()),
  /** The collective: made once per device scan, so a newer card replaces an older one. */
  id: z.string().check(z.regex(SAFE_ID_PATTERN)),
  madeAt: isoDateSchema,
  name: z.string().check(z.minLength(1), z.maxLength(CARD_LIMITS.name)),
  place: z.optional(z.string().check(z.maxLength(CARD_LIMITS.place))),
  sectors: z.array(z.enum(SECTORS)).check(z.maxLength(SECTORS.length)),
  scale: z.optional(z.enum(SCALES)),
  members: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100_000))),
  legalForm: z.optional(z.enum(LEGAL_FORMS)),
  /** Two characters per theme (CARD_THEMES_V1 order): the rounded score in base 36, or `--`. */
  scores: z.string().check(z.length(CARD_THEMES_V1.length * 2), z.regex(SCORE_CODE)),
  share: z.array(themeLineSchema).check(z.maxLength(CARD_THEME_COUNT)),
  learn: z.array(themeLineSchema).check(z.maxLength(CARD_THEME_COUNT)),
  contact: z.optional(z.string().check(z.maxLength(CARD_LIMITS.contact))),
});
export type ExchangeCard = z.infer<typeof cardSchema>;
export type CardThemeId = (typeof CARD_THEMES_V1)[number];

/** True for a theme id the card format knows. */
export function isCardTheme(id: string): id is CardThemeId {
  return (CARD_THEMES_V1 as readonly string[]).includes(id);
}

/** The compact score code of a card: each theme's rounded score as two base-36 characters. */
export function encodeCardScores(scores: Readonly<Record<string, number | null>>): string {
  return CARD_THEMES_V1.map((theme) => {
    const score = roundScore(scores[theme] ?? null);
    return score === null
      ? NO_SCORE
      : Math.min(100, Math.max(0, score)).toString(36).padStart(2, '0');
  }).join('');
}

/** The scores of a card by theme id (null: too few answers); codes above 100 read as no score. */
export function decodeCardScores(code: string): Record<CardThemeId, number | null> {
  const scores = {} as Record<CardThemeId, number | null>;
  CARD_THEMES_V1.forEach((theme, index) => {
    const part = code.slice(index * 2, index * 2 + 2);
    const value = part === NO_SCORE ? Number.NaN : Number.parseInt(part, 36);
    scores[theme] = Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
  });
  return scores;
}

/** Trims a line the board typed; an empty one is left out of the card. */
function cleanLine(text: string | undefined, max: number): string | undefined {
  const trimmed = text?.replace(/\s+/g, ' ').trim().slice(0, max);
  return trimmed ? trimmed : undefined;
}

/** What the board keeps on the device for its card: its own lines, by theme. */
export type CardLines = {
  place?: string;
  contact?: string;
  /** "What we can share": an example per strong theme. */
  examples: Readonly<Record<string, string>>;
  /** "What we want to learn": a question per weak theme. */
  questions: Readonly<Record<string, string>>;
};

/**
 * Builds a card from the scan's results and the board's lines: the strongest and weakest themes
 * (chosen by the scoring rules), the profile facts that help matching, and nothing else.
 */
export function makeCard(input: {
  id: string;
  madeAt: string;
  profile: Profile;
  /** Scores per theme id (null: too few answers). */
  scores: Readonly<Record<string, number | null>>;
  strongest: readonly string[];
  weakest: readonly string[];
  lines: CardLines;
  /** Shown when the profile has no name. */
  fallbackName: string;
}): ExchangeCard {
  const { profile, lines } = input;
  const themeLines = (themes: readonly string[], texts: Readonly<Record<string, string>>) =>
    themes
      .filter(isCardTheme)
      .slice(0, CARD_THEME_COUNT)
      .map((theme) => {
        const line = cleanLine(texts[theme], CARD_LIMITS.line);
        return line ? { theme, line } : { theme };
      });
  const place = cleanLine(lines.place, CARD_LIMITS.place);
  const contact = cleanLine(lines.contact, CARD_LIMITS.contact);
  const name =
    cleanLine(profile.name, CARD_LIMITS.name) ?? input.fallbackName.slice(0, CARD_LIMITS.name);
  return {
    format: CARD_FORMAT,
    version: CARD_VERSION,
    id: input.id,
    madeAt: input.madeAt,
    name,
    ...(place ? { place } : {}),
    sectors: [...(profile.sectors ?? [])],
    ...(profile.scale ? { scale: profile.scale } : {}),
    ...(profile.members !== undefined ? { members: profile.members } : {}),
    ...(profile.legalForm ? { legalForm: profile.legalForm } : {}),
    scores: encodeCardScores(input.scores),
    share: themeLines(input.strongest, lines.examples),
    learn: themeLines(input.weakest, lines.questions),
    ...(contact ? { contact } : {}),
  };
}

/** Past card versions, each turned into the next (none yet: version 1 is the first). */
const cardMigrations: Migrations = {};

export type CardError = JsonFileError | HeaderError | 'corrupt' | 'tooLarge';

/** Cards this module has checked (never changed afterwards): read again, they need no second check. */
const checked = new WeakSet<object>();

/** Reads a card from parsed JSON: the header, migrations, the schema. */
export function readCard(value: unknown): Result<ExchangeCard, CardError> {
  if (typeof value === 'object' && value !== null && checked.has(value)) {
    return ok(value as ExchangeCard);
  }
  const header = readHeader(value, { format: CARD_FORMAT, version: CARD_VERSION });
  if (!header.ok) return header;
  const migrated = migrate(header.value, header.value.version, CARD_VERSION, cardMigrations);
  if (!migrated.ok) return fail('corrupt');
  const parsed = cardSchema.safeParse(migrated.value);
  if (!parsed.success) return fail('corrupt');
  const card = { ...parsed.data, version: CARD_VERSION };
  checked.add(card);
  return ok(card);
}

/** Reads a card file's text (or a link's unpacked JSON): the file checks, then readCard. */
export function parseCardText(text: string): Result<ExchangeCard, CardError> {
  const read = readJsonFile(text, {
    format: CARD_FORMAT,
    version: CARD_VERSION,
    maxBytes: MAX_CARD_BYTES,
    maxDepth: 4,
  });
  return read.ok ? readCard(read.value) : read;
}
