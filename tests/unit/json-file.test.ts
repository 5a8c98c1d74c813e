import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '@/domain/json-file';

const limits = { format: 'test-file', version: 2, maxBytes: 1000, maxDepth: 5 };
const read = (text: string) => readJsonFile(text, limits);
const file = (fields: object = {}) =>
  JSON.stringify({ format: 'test-file', version: 2, ...fields });

describe('readJsonFile', () => {
  it('gives the header and the rest of a valid file', () => {
    expect(read(file({ items: [1, 2] }))).toEqual({
      ok: true,
      value: { format: 'test-file', version: 2, items: [1, 2] },
    });
  });

  it.each([
    ['an older version', file({ version: 1 })],
    [
      'tabs, line breaks and carriage returns',
      '{\r\n\t"format": "test-file",\n\t"version": 2\r\n}',
    ],
    ['a file of exactly the largest size', file().padEnd(limits.maxBytes, ' ')],
    ['nesting exactly as deep as allowed', file({ a: [[[[1]]]] })],
    ['non-ASCII text', file({ name: 'Zonnedak Noord – coöperatie ☀' })],
  ])('accepts %s', (_label, text) => {
    expect(read(text).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file of only white space', ' \r\n\t ', 'empty'],
    ['a file one character over the limit', file().padEnd(limits.maxBytes + 1, ' '), 'tooLarge'],
    ['a NUL byte', `${file()}\u0000`, 'binary'],
    ['a PNG renamed to .json', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'binary'],
    ['an escape character', `{"format":"test-file","version":2,"x":"\u001b[31m"}`, 'binary'],
    ['truncated JSON', file().slice(0, -1), 'notJson'],
    ['text that is not JSON', 'format: test-file', 'notJson'],
    ['nesting one level deeper than allowed', file({ a: [[[[[1]]]]] }), 'tooDeep'],
    ['very deep nesting', `${'['.repeat(500)}${']'.repeat(500)}`, 'tooDeep'],
    ['another format', file({ format: 'other-file' }), 'unknownFormat'],
    ['no format', JSON.stringify({ version: 2 }), 'unknownFormat'],
    ['no version', JSON.stringify({ format: 'test-file' }), 'unknownFormat'],
    ['version 0', file({ version: 0 }), 'unknownFormat'],
    ['a fractional version', file({ version: 1.5 }), 'unknownFormat'],
    ['a version written as text', file({ version: '2' }), 'unknownFormat'],
    ['an array', '[{"format":"test-file","version":2}]', 'unknownFormat'],
    ['null', 'null', 'unknownFormat'],
    ['a number', '42', 'unknownFormat'],
    ['a newer version', file({ version: 3 }), 'newerVersion'],
  ])('refuses %s (%s)', (_label, text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });

  it('refuses any JSON value that is not an object of this format, and never throws', () => {
    const roomy = { ...limits, maxBytes: 10_000_000, maxDepth: 1000 };
    const notThisFormat = fc
      .jsonValue()
      .filter(
        (value) =>
          typeof value !== 'object' ||
          value === null ||
          Array.isArray(value) ||
          (value as Record<string, unknown>).format !== limits.format,
      );
    fc.assert(
      fc.property(notThisFormat, (value) => {
        expect(readJsonFile(JSON.stringify(value), roomy)).toEqual({
          ok: false,
          error: 'unknownFormat',
        });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts any object of this format with a whole version from 1 up to the current one', () => {
    const roomy = { ...limits, maxBytes: 10_000_000, maxDepth: 1000 };
    const content = fc.dictionary(
      fc.string().filter((key) => key !== 'format' && key !== 'version'),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(content, fc.integer({ min: 1, max: limits.version }), (fields, version) => {
        const value = { ...fields, format: limits.format, version };
        expect(readJsonFile(JSON.stringify(value), roomy)).toEqual({
          ok: true,
          value: JSON.parse(JSON.stringify(value)),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = read(text);
        if (result.ok) expect(result.value.format).toBe(limits.format);
      }),
      { numRuns: 300 },
    );
  });
});
