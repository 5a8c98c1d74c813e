import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { type CsvCell, type CsvRow, csvText, scanCsvRows } from '@/domain/csv-rows';
import { scoreAssessment } from '@/domain/scoring';
import { arbitraryAnswers } from '../helpers/answers';
import { smallQuestionnaire } from '../helpers/small-questionnaire';

/**
 * Reads CSV text the way a spreadsheet does: quoted cells may hold anything ("" is a quote);
 * outside quotes a comma ends a cell and CRLF, LF or a bare CR ends a row.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && body[index + 1] === '\n') index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The CSV text of a table without the lines above it. */
const toCsv = (header: string[], rows: CsvCell[][]) => csvText({ about: [], header, rows });

/** The CSV text of a file with one row: a key cell, then this cell. */
const oneCell = (cell: string | number | null) => toCsv(['Key', 'Cell'], [['k', cell]]);

describe('csvText', () => {
  it('has a byte order mark, CRLF lines, RFC 4180 quoting, and no formulas', () => {
    const csv = toCsv(
      ['Statement', 'Answer'],
      [
        ['Plain', 'Agree'],
        ['Has, comma', 'Says "hi"'],
        ['=HYPERLINK("http://x")', '+1'],
        ['-2', '@SUM(A1)'],
        ['multi\nline', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Statement,Answer');
    expect(csv).toContain('"Has, comma","Says ""hi"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'+1`);
    expect(csv).toContain(`'-2,'@SUM(A1)`);
    expect(csv).toContain('"multi\nline",');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['a plain cell as it is', 'Agree', 'Agree'],
    ['a cell with a comma', 'one, two', '"one, two"'],
    ['a cell with a quote, the quote doubled', 'says "hi"', '"says ""hi"""'],
    ['a cell with a line feed', 'two\nlines', '"two\nlines"'],
    ['a cell with a bare carriage return', 'two\rlines', '"two\rlines"'],
    ['a cell with CRLF', 'two\r\nlines', '"two\r\nlines"'],
    ['an empty cell as nothing', null, ''],
    ['a number as a number', 42, '42'],
    ['a negative number as a number, not as text', -3, '-3'],
  ])('writes %s', (_label, cell, written) => {
    expect(oneCell(cell)).toBe(`\uFEFFKey,Cell\r\nk,${written}\r\n`);
  });

  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+31 6 1234', "'+31 6 1234"],
    ['-', '-2', "'-2"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\tcmd', "'\tcmd"],
  ])(
    'prefixes a text cell starting with %s with an apostrophe, so it is never a formula',
    (_label, cell, written) => {
      expect(oneCell(cell)).toBe(`\uFEFFKey,Cell\r\nk,${written}\r\n`);
    },
  );

  it('a spreadsheet reads back every cell, formula starts prefixed, one row per row', () => {
    const special = fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', 'é');
    const cell = fc.oneof(fc.string({ unit: special }), fc.string({ unit: 'grapheme' }));
    // A row with only empty cells is left out of the file (json2csv's includeEmptyRows); the app
    // never writes one, so such rows are not generated here.
    const row = fc.tuple(cell, cell).filter(([a, b]) => a !== '' || b !== '');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const expected = rows.map((cells) =>
          cells.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
        );
        expect(readCsv(toCsv(['A', 'B'], rows))).toEqual([['A', 'B'], ...expected]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the CSV layout: where a file comes from, then the table', () => {
  const about: [string, CsvCell][] = [
    ['Collective', 'Buurtkracht'],
    ['Exported on', '2026-11-28'],
    ['Questionnaire version', '2'],
  ];

  it('starts with "key,value" lines, then an empty line, then the header and the rows', () => {
    const text = csvText({ about, header: ['Theme', 'Score'], rows: [['Leadership', 63]] });
    expect(text).toBe(
      '\uFEFFCollective,Buurtkracht\r\nExported on,2026-11-28\r\nQuestionnaire version,2\r\n' +
        '\r\nTheme,Score\r\nLeadership,63\r\n',
    );
    expect(readCsv(text)).toEqual([
      ['Collective', 'Buurtkracht'],
      ['Exported on', '2026-11-28'],
      ['Questionnaire version', '2'],
      [''],
      ['Theme', 'Score'],
      ['Leadership', '63'],
    ]);
  });

  it.each([
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a leading plus', '+31 6 1234', "'+31 6 1234"],
    ['a leading minus', '-1 Cooperative', "'-1 Cooperative"],
    ['a leading @', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return', '\r=1+1', `"'\r=1+1"`],
    ['a bare carriage return inside', 'Buurt\rkracht', '"Buurt\rkracht"'],
    ['a delimiter', 'Buurt, kracht', '"Buurt, kracht"'],
  ])('guards a name with %s like any other user text', (_label, name, written) => {
    const text = csvText({ about: [['Collective', name]], header: ['A'], rows: [['x']] });
    expect(text.split('\r\n')[0]).toBe(`\uFEFFCollective,${written}`);
    // However the name is written, the table still starts where it should.
    expect(readCsv(text).slice(1)).toEqual([[''], ['A'], ['x']]);
  });

  it('guards the session name, the header and every cell the same way', () => {
    const text = csvText({
      about: [['Session', '@evening']],
      header: ['=Theme'],
      rows: [['-5'], ['\rx']],
    });
    expect(readCsv(text)).toEqual([['Session', "'@evening"], [''], ["'=Theme"], ["'-5"], ["'\rx"]]);
  });
});

describe('scanCsvRows', () => {
  it('writes an answer row per statement with its points, then the theme, area and overall rows, rounded', () => {
    const answers = {
      'one.q1': 'neutral', // 50
      'one.q2': 'dont-know', // no points
      'one.q3': 'disagree', // reverse: 75
      'two.q1': 'completely-true', // truth scale: 100
      'two.q2': 'not-applicable',
      'two.q3': 'disagree', // 25
      'two.q4': 'mid', // 50
      'three.q1': 'strongly-disagree', // 0
      'three.q2': 'agree', // 75
    };
    const rows = scanCsvRows(
      smallQuestionnaire,
      answers,
      scoreAssessment(smallQuestionnaire, answers),
    );
    const answer = (questionId: string, given: string | null, points: number | null): CsvRow => {
      const themeId = questionId.split('.')[0] ?? '';
      const areaId = themeId === 'three' ? 'b' : 'a';
      return { kind: 'answer', areaId, themeId, questionId, answer: given, points };
    };
    expect(rows).toEqual([
      answer('one.q1', 'neutral', 50),
      answer('one.q2', 'dont-know', null),
      answer('one.q3', 'disagree', 75),
      answer('one.q4', null, null),
      answer('two.q1', 'completely-true', 100),
      answer('two.q2', 'not-applicable', null),
      answer('two.q3', 'disagree', 25),
      answer('two.q4', 'mid', 50),
      answer('three.q1', 'strongly-disagree', 0),
      answer('three.q2', 'agree', 75),
      answer('three.q3', null, null),
      answer('three.q4', null, null),
      // 62.5 → 63; 58.33 → 58; 37.5 → 38
      { kind: 'theme', areaId: 'a', themeId: 'one', score: 63, counted: 2, total: 4 },
      { kind: 'theme', areaId: 'a', themeId: 'two', score: 58, counted: 3, total: 4 },
      { kind: 'theme', areaId: 'b', themeId: 'three', score: 38, counted: 2, total: 4 },
      // Area a: (62.5 + 58.33) / 2 = 60.42 → 60; area b: 37.5 → 38; overall 48.96 → 49.
      // Rounded from the exact scores, never from rounded ones.
      { kind: 'area', areaId: 'a', score: 60 },
      { kind: 'area', areaId: 'b', score: 38 },
      { kind: 'overall', score: 49 },
    ]);
  });

  it('gives a thin theme points on its answer rows but no theme score, and leaves it out of its area', () => {
    const answers = {
      'one.q1': 'agree', // 75
      'one.q2': 'agree', // 75
      'two.q1': 'not-true', // 0, but one answer of four is too few
      'three.q1': 'dont-know',
      'three.q2': 'not-applicable',
      'three.q3': 'strongly-disagree', // 0, one of three statements that apply: too few
    };
    const rows = scanCsvRows(
      smallQuestionnaire,
      answers,
      scoreAssessment(smallQuestionnaire, answers),
    );
    expect(rows).toContainEqual({
      kind: 'answer',
      areaId: 'a',
      themeId: 'two',
      questionId: 'two.q1',
      answer: 'not-true',
      points: 0,
    });
    expect(rows.filter((row) => row.kind !== 'answer')).toEqual([
      { kind: 'theme', areaId: 'a', themeId: 'one', score: 75, counted: 2, total: 4 },
      { kind: 'theme', areaId: 'a', themeId: 'two', score: null, counted: 1, total: 4 },
      { kind: 'theme', areaId: 'b', themeId: 'three', score: null, counted: 1, total: 4 },
      { kind: 'area', areaId: 'a', score: 75 },
      { kind: 'area', areaId: 'b', score: null },
      { kind: 'overall', score: 75 },
    ]);
  });

  it('gives no score, not 0, where nothing counted', () => {
    const rows = scanCsvRows(smallQuestionnaire, {}, scoreAssessment(smallQuestionnaire, {}));
    expect(rows.filter((row) => row.kind !== 'answer')).toEqual([
      { kind: 'theme', areaId: 'a', themeId: 'one', score: null, counted: 0, total: 4 },
      { kind: 'theme', areaId: 'a', themeId: 'two', score: null, counted: 0, total: 4 },
      { kind: 'theme', areaId: 'b', themeId: 'three', score: null, counted: 0, total: 4 },
      { kind: 'area', areaId: 'a', score: null },
      { kind: 'area', areaId: 'b', score: null },
      { kind: 'overall', score: null },
    ]);
  });

  it.each([
    ['therapy', 14],
    ['informing', 29],
    ['consultation', 43],
    ['delegated-power', 86],
  ])('gives whole points: the ladder rung %s counts %i', (rung, points) => {
    const answers = { 'sham-participation.q5': rung };
    const row = scanCsvRows(questionnaire, answers, scoreAssessment(questionnaire, answers)).find(
      (candidate) =>
        candidate.kind === 'answer' && candidate.questionId === 'sham-participation.q5',
    );
    expect(row).toMatchObject({ answer: rung, points });
  });

  it("a theme row's score is the mean of its answer rows' points (within rounding), or none when too few count", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const rows = scanCsvRows(questionnaire, answers, scoreAssessment(questionnaire, answers));
        for (const theme of rows) {
          if (theme.kind !== 'theme') continue;
          const answerRows = rows.filter(
            (row) => row.kind === 'answer' && row.themeId === theme.themeId,
          );
          const points = answerRows.flatMap((row) =>
            row.kind === 'answer' && row.points !== null ? [row.points] : [],
          );
          const applicable =
            answerRows.length -
            answerRows.filter((row) => row.kind === 'answer' && row.answer === 'not-applicable')
              .length;
          expect(points).toHaveLength(theme.counted);
          expect(answerRows).toHaveLength(theme.total);
          for (const value of [...points, theme.score ?? 0])
            expect(Number.isInteger(value)).toBe(true);
          if (points.length === 0 || points.length * 2 < applicable) expect(theme.score).toBeNull();
          else {
            const mean = points.reduce((sum, value) => sum + value, 0) / points.length;
            expect(Math.abs(mean - (theme.score ?? Number.NaN))).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
