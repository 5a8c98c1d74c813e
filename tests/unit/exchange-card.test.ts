import { describe, expect, it } from 'vitest';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { parseBackup } from '@/domain/backup';
import { cardDraftFromItems, cardDraftItems } from '@/domain/card-draft';
import {
  CARD_LIMITS,
  CARD_THEMES_V1,
  decodeCardScores,
  encodeCardScores,
  makeCard,
  parseCardText,
} from '@/domain/exchange-card';
import { allThemes } from '@/domain/questionnaire';

const scores = Object.fromEntries(CARD_THEMES_V1.map((theme, index) => [theme, index * 9]));

function card(overrides: Partial<Parameters<typeof makeCard>[0]> = {}) {
  return makeCard({
    id: 'abc123',
    madeAt: '2026-11-28T10:00:00.000Z',
    profile: { name: 'Buurtkracht', sectors: ['energy'], scale: 'city', members: 120 },
    scores,
    strongest: ['recognition', 'sham-participation', 'obstructive-regulations'],
    weakest: ['financing-perspective', 'leadership', 'professionalisation'],
    lines: {
      place: '  Zwolle ',
      contact: 'anna@example.org',
      examples: { recognition: 'We meet the alderman every quarter' },
      questions: { leadership: 'How do you find new board members?' },
    },
    fallbackName: 'Unnamed',
    ...overrides,
  });
}

describe('the exchange card format', () => {
  it("keeps the card's own theme order equal to the questionnaire's twelve themes", () => {
    expect([...CARD_THEMES_V1]).toEqual(allThemes(questionnaire).map((theme) => theme.id));
  });

  it.each([
    [0, '00'],
    [7, '07'],
    [35, '0z'],
    [70, '1y'],
    [100, '2s'],
    [null, '--'],
  ])('writes score %s as %s and reads it back', (score, code) => {
    const encoded = encodeCardScores({ leadership: score });
    expect(encoded.slice(2, 4)).toBe(code);
    expect(decodeCardScores(encoded).leadership).toBe(score);
  });

  it('rounds scores as every score is rounded, and reads a code above 100 as no score', () => {
    expect(decodeCardScores(encodeCardScores({ leadership: 69.5 })).leadership).toBe(70);
    expect(decodeCardScores(`00zz${'--'.repeat(10)}`).leadership).toBeNull();
  });

  it('holds scores, profile facts and the board lines, never answers', () => {
    const made = card();
    expect(made).toMatchObject({
      name: 'Buurtkracht',
      place: 'Zwolle',
      sectors: ['energy'],
      scale: 'city',
      members: 120,
      contact: 'anna@example.org',
      share: [
        { theme: 'recognition', line: 'We meet the alderman every quarter' },
        { theme: 'sham-participation' },
        { theme: 'obstructive-regulations' },
      ],
      learn: [
        { theme: 'financing-perspective' },
        { theme: 'leadership', line: 'How do you find new board members?' },
        { theme: 'professionalisation' },
      ],
    });
    expect(Object.keys(made).sort()).toEqual(
      [
        'format',
        'version',
        'id',
        'madeAt',
        'name',
        'place',
        'sectors',
        'scale',
        'members',
        'scores',
        'share',
        'learn',
        'contact',
      ].sort(),
    );
  });

  it('cuts lines to their limits and leaves empty ones out', () => {
    const made = card({
      lines: { place: ' ', examples: { recognition: 'x'.repeat(300) }, questions: {} },
    });
    expect(made.place).toBeUndefined();
    expect(made.contact).toBeUndefined();
    expect(made.share[0]?.line).toHaveLength(CARD_LIMITS.line);
  });

  it('uses the fallback name when the profile has none', () => {
    expect(card({ profile: {} }).name).toBe('Unnamed');
  });

  it('reads back what it writes, and refuses what is not a card', () => {
    const made = card();
    expect(parseCardText(JSON.stringify(made))).toEqual({ ok: true, value: made });
    expect(parseCardText('')).toEqual({ ok: false, error: 'empty' });
    expect(parseCardText('{')).toEqual({ ok: false, error: 'notJson' });
    expect(parseCardText(JSON.stringify({ ...made, format: 'other' }))).toEqual({
      ok: false,
      error: 'unknownFormat',
    });
    expect(parseCardText(JSON.stringify({ ...made, version: 2 }))).toEqual({
      ok: false,
      error: 'newerVersion',
    });
    expect(parseCardText(JSON.stringify({ ...made, id: '../x' }))).toEqual({
      ok: false,
      error: 'corrupt',
    });
    expect(parseCardText(JSON.stringify({ ...made, contact: 'x'.repeat(101) }))).toEqual({
      ok: false,
      error: 'corrupt',
    });
    expect(
      parseCardText(JSON.stringify({ ...made, answers: { 'leadership.q1': 'agree' } })),
    ).toEqual({ ok: true, value: made });
  });

  it('is small enough for a QR code with every line at its longest', () => {
    const long = 'ë'.repeat(CARD_LIMITS.line);
    const made = card({
      profile: { name: 'N'.repeat(100), sectors: ['energy', 'care', 'food'], members: 99_999 },
      lines: {
        place: 'P'.repeat(60),
        contact: long,
        examples: Object.fromEntries(CARD_THEMES_V1.map((theme) => [theme, long])),
        questions: Object.fromEntries(CARD_THEMES_V1.map((theme) => [theme, long])),
      },
    });
    expect(JSON.stringify(made).length).toBeLessThan(1_600);
  });
});

describe('the card draft on the device', () => {
  it('stores each line as its own item and reads them back', () => {
    const draft = {
      collectiveId: 'abc',
      place: 'Zwolle',
      contact: 'Anna',
      examples: { recognition: 'A' },
      questions: { leadership: 'B' },
    };
    const items = [...cardDraftItems(draft)].map(([id, v]) => ({ id, c: '', t: '', v }));
    expect(items.map((item) => item.id).sort()).toEqual(
      ['contact', 'example:recognition', 'id', 'place', 'question:leadership'].sort(),
    );
    expect(cardDraftFromItems(items)).toEqual({ ok: true, value: draft });
  });

  it('refuses an unsafe collective id', () => {
    expect(cardDraftFromItems([{ id: 'id', c: '', t: '', v: '../x' }]).ok).toBe(false);
  });
});

describe('backups with exchange cards', () => {
  const base = {
    format: 'collective-scan-backup',
    version: 1,
    questionnaireVersion: questionnaire.version,
    exportedAt: '2026-11-28T10:00:00.000Z',
    scan: { profile: {}, answers: {}, updatedAt: null },
    snapshots: [],
    actions: [],
    sessions: [],
  };

  it('opens a backup made before cards existed', () => {
    const parsed = parseBackup(JSON.stringify(base), editions);
    expect(parsed.ok && parsed.value.backup.card).toBeUndefined();
  });

  it("keeps the board's lines and gathered cards", () => {
    const withCards = {
      ...base,
      card: { collectiveId: 'abc', place: 'Zwolle', examples: { recognition: 'A' }, questions: {} },
      matchmaking: [card()],
    };
    const parsed = parseBackup(JSON.stringify(withCards), editions);
    expect(parsed.ok && parsed.value.backup.card?.place).toBe('Zwolle');
    expect(parsed.ok && parsed.value.backup.matchmaking?.[0]?.name).toBe('Buurtkracht');
  });
});
