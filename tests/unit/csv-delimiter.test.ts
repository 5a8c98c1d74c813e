import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvCell, csvText } from '@/domain/csv-rows';
import {
  csvDelimiter,
  exportFileName,
  fileNamePart,
  localIsoDate,
  MAX_NAME_IN_FILE,
} from '@/domain/export-format';
import { LANGUAGE_CODES } from '@/domain/languages';

/**
 * Reads CSV text the way a spreadsheet set to `delimiter` does: quoted cells may hold anything
 * ("" is a quote); outside quotes the delimiter ends a cell and CRLF, LF or a bare CR ends a row.
 */
function readCsv(text: string, delimiter: string): string[][] {
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
    else if (char === delimiter) {
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

describe('csvDelimiter', () => {
  it.each([
    ['nl', ';'],
    ['nl-NL', ';'],
    ['nl-BE', ';'],
    ['NL', ';'],
    ['en', ','],
    ['en-GB', ','],
    ['en-US', ','],
    ['de', ','],
    ['', ','],
  ])('for %s is "%s"', (language, delimiter) => {
    expect(csvDelimiter(language)).toBe(delimiter);
  });

  it('has a delimiter for every language the app speaks', () => {
    for (const code of LANGUAGE_CODES) expect([',', ';']).toContain(csvDelimiter(code));
  });
});

describe('csvText with the semicolon (Dutch spreadsheets)', () => {
  const about: [string, CsvCell][] = [
    ['Collectief', 'Buurtkracht'],
    ['Gemaakt op', '2026-11-28'],
    ['Versie van de vragen', '2'],
  ];

  it('writes the about-lines, the header and the rows with ";", and reads back with ";"', () => {
    const text = csvText(
      { about, header: ['Thema', 'Score', 'Stand'], rows: [['Gezonde financiën', 63, 'Op weg']] },
      ';',
    );
    expect(text).toBe(
      '\uFEFFCollectief;Buurtkracht\r\nGemaakt op;2026-11-28\r\nVersie van de vragen;2\r\n' +
        '\r\nThema;Score;Stand\r\nGezonde financiën;63;Op weg\r\n',
    );
    expect(readCsv(text, ';')).toEqual([
      ['Collectief', 'Buurtkracht'],
      ['Gemaakt op', '2026-11-28'],
      ['Versie van de vragen', '2'],
      [''],
      ['Thema', 'Score', 'Stand'],
      ['Gezonde financiën', '63', 'Op weg'],
    ]);
  });

  it.each([
    ['a semicolon', 'Buurt; kracht', '"Buurt; kracht"'],
    ['a comma', 'Buurt, kracht', '"Buurt, kracht"'],
    ['a quote', 'De "Kracht"', '"De ""Kracht"""'],
    ['a formula', '=1+1', "'=1+1"],
  ])('quotes or guards a name with %s in a semicolon file', (_label, name, written) => {
    const text = csvText({ about: [['Collectief', name]], header: ['A', 'B'], rows: [] }, ';');
    expect(text.split('\r\n')[0]).toBe(`\uFEFFCollectief;${written}`);
    // Either way the name stays one cell and the table starts where it should.
    expect(readCsv(text, ';')).toEqual([
      ['Collectief', /^[=+\-@]/.test(name) ? `'${name}` : name],
      [''],
      ['A', 'B'],
    ]);
  });

  it('a spreadsheet reads back every cell with either delimiter, one row per row', () => {
    const special = fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r', '=', '-', 'é');
    const cell = fc.oneof(fc.string({ unit: special }), fc.string({ unit: 'grapheme' }));
    const row = fc.tuple(cell, cell, cell).filter((cells) => cells.some((value) => value !== ''));
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';' as const),
        fc.array(row, { maxLength: 4 }),
        (d, rows) => {
          const expected = rows.map((cells) =>
            cells.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
          );
          const text = csvText({ about: [['Key', 'Value']], header: ['A', 'B', 'C'], rows }, d);
          expect(readCsv(text, d)).toEqual([['Key', 'Value'], [''], ['A', 'B', 'C'], ...expected]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('export file names', () => {
  it.each([
    ['Buurtkracht', 'buurtkracht'],
    ['Energie Coöperatie Zuid', 'energie-cooperatie-zuid'],
    ['  Zorg & Welzijn / Noord: "2026"?  ', 'zorg-welzijn-noord-2026'],
    ['Crème brûlée B.V.', 'creme-brulee-b-v'],
    ['..\\..\\etc/passwd', 'etc-passwd'],
    ['Ⅻ ﬁets', 'xii-fiets'],
    ['Буртсила', 'буртсила'],
    ['🌞☀️', ''],
    ['', ''],
  ])('turns %j into %j', (name, part) => {
    expect(fileNamePart(name)).toBe(part);
  });

  it('keeps a long name to a whole word within the limit', () => {
    const part = fileNamePart(
      'Energiecoöperatie Zonnige Zuidwesthoek en Omstreken voor Duurzame Energie, Zorg en Wonen',
    );
    expect(part).toBe('energiecooperatie-zonnige-zuidwesthoek-en');
    expect(part.length).toBeLessThanOrEqual(MAX_NAME_IN_FILE);
    expect(fileNamePart('x'.repeat(80))).toBe('x'.repeat(MAX_NAME_IN_FILE));
  });

  it('is only ever letters, digits and single dashes, never at either end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (name) => {
        const part = fileNamePart(name);
        expect(part).toMatch(/^([\p{L}\p{N}]+(-[\p{L}\p{N}]+)*)?$/u);
        expect(part.length).toBeLessThanOrEqual(MAX_NAME_IN_FILE);
      }),
    );
  });

  it.each([
    ['Buurtkracht', undefined, 'csv', 'collective-scan-buurtkracht-2026-11-28.csv'],
    ['Board evening', 'group', 'csv', 'collective-scan-board-evening-2026-11-28-group.csv'],
    [
      'Bestuursavond maart',
      'groep',
      'csv',
      'collective-scan-bestuursavond-maart-2026-11-28-groep.csv',
    ],
    [
      'Energie Coöperatie Zuid',
      undefined,
      'png',
      'collective-scan-energie-cooperatie-zuid-2026-11-28.png',
    ],
    [undefined, undefined, 'csv', 'collective-scan-2026-11-28.csv'],
    ['???', undefined, 'png', 'collective-scan-2026-11-28.png'],
  ])('names the export of %j (%s) as a .%s file', (name, kind, extension, file) => {
    expect(exportFileName(name, '2026-11-28', extension, kind)).toBe(file);
  });

  it('dates an export by the local day, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
