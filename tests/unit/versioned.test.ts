import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Migrations, migrate, readHeader } from '@/domain/versioned';

describe('readHeader', () => {
  it('gives back the same record when format and version are fine', () => {
    const record = { format: 'backup', version: 2, data: [1] };
    const header = readHeader(record, { format: 'backup', version: 2 });
    expect(header.ok && header.value).toBe(record);
  });

  it('does not ask for a format where none is expected (stored state)', () => {
    expect(readHeader({ version: 1, state: {} }, { version: 1 }).ok).toBe(true);
    expect(readHeader({ format: 'anything', version: 1 }, { version: 1 }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'backup'],
    ['a number', 1],
    ['an array', [{ format: 'backup', version: 1 }]],
    ['no format', { version: 1 }],
    ['another format', { format: 'sessions', version: 1 }],
    ['no version', { format: 'backup' }],
    ['version 0', { format: 'backup', version: 0 }],
    ['a negative version', { format: 'backup', version: -1 }],
    ['a fractional version', { format: 'backup', version: 1.5 }],
    ['a version as text', { format: 'backup', version: '1' }],
    ['a version that is not a number', { format: 'backup', version: Number.NaN }],
    ['an infinite version', { format: 'backup', version: Number.POSITIVE_INFINITY }],
  ])('refuses %s as an unknown format', (_label, value) => {
    expect(readHeader(value, { format: 'backup', version: 2 })).toEqual({
      ok: false,
      error: 'unknownFormat',
    });
  });

  it('refuses a newer version, accepts the current one and every older one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (current, version) => {
          const header = readHeader(
            { format: 'backup', version },
            { format: 'backup', version: current },
          );
          if (version > current) expect(header).toEqual({ ok: false, error: 'newerVersion' });
          else expect(header).toEqual({ ok: true, value: { format: 'backup', version } });
        },
      ),
    );
  });
});

/** Steps that each append their own version number, so the result shows which ran and in what order. */
const appendVersion = (versions: number[]): Migrations =>
  Object.fromEntries(
    versions.map((version) => [version, (value: unknown) => [...(value as number[]), version]]),
  );

describe('migrate', () => {
  it('runs every step from the stored version up to the current one, in order', () => {
    const steps = appendVersion([1, 2, 3, 4]);
    expect(migrate([], 1, 5, steps)).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(migrate([], 3, 5, steps)).toEqual({ ok: true, value: [3, 4] });
  });

  it('passes each step the result of the one before', () => {
    const steps: Migrations = {
      1: (value) => ({ ...(value as object), renamed: (value as { old: string }).old }),
      2: (value) => ({ count: Object.keys(value as object).length }),
    };
    expect(migrate({ old: 'x' }, 1, 3, steps)).toEqual({ ok: true, value: { count: 2 } });
  });

  it('gives the value itself, untouched, when it is already current', () => {
    const value = { state: 'current' };
    const result = migrate(value, 3, 3, appendVersion([1, 2, 3]));
    expect(result.ok && result.value).toBe(value);
  });

  it('fails when a step is missing', () => {
    expect(migrate([], 1, 4, appendVersion([1, 3]))).toEqual({ ok: false, error: 'invalid' });
    expect(migrate([], 1, 2, {})).toEqual({ ok: false, error: 'invalid' });
  });

  it('fails, without throwing, when a step throws', () => {
    const steps: Migrations = {
      ...appendVersion([1, 3]),
      2: () => {
        throw new TypeError('old data without the field this step needs');
      },
    };
    expect(migrate([], 1, 4, steps)).toEqual({ ok: false, error: 'invalid' });
  });

  it('from any version to any later one runs exactly the steps in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(20), (from, distance) => {
        const to = from + distance;
        const all = Array.from({ length: 40 }, (_, index) => index + 1);
        expect(migrate([], from, to, appendVersion(all))).toEqual({
          ok: true,
          value: all.filter((version) => version >= from && version < to),
        });
      }),
    );
  });
});
