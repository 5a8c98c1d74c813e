import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  type Change,
  diffItems,
  emptyDoc,
  liveItems,
  makeClock,
  makeStamp,
  mergeDocs,
  type SyncedDoc,
  sameContent,
  stampTime,
} from '@/domain/synced-doc';

describe('stamps and the clock', () => {
  it('sort as text in the order they were made, whatever the time', () => {
    expect(makeStamp(5, 0, 'a') < makeStamp(40, 0, 'a')).toBe(true);
    expect(makeStamp(1_700_000_000_000, 9, 'b') < makeStamp(1_700_000_000_000, 10, 'a')).toBe(true);
    expect(stampTime(makeStamp(1_700_000_000_123, 3, 'tab'))).toBe(1_700_000_000_123);
  });

  it('a tab whose clock lags still stamps later than what it has seen', () => {
    let now = 1000;
    const slow = makeClock('slow', () => now);
    const seen = makeStamp(5000, 7, 'fast');
    slow.observe(seen);
    const next = slow.next();
    expect(next > seen).toBe(true);
    now = 6000;
    expect(stampTime(slow.next())).toBe(6000);
  });
});

/** Random docs of one generation built from random changes by random tabs. */
const changeArbitrary = fc.tuple(
  fc.constantFrom('x:1', 'x:2', 'f:1', 'f:2'),
  fc.oneof(
    fc.record({ value: fc.string({ maxLength: 2 }) }),
    fc.constant({ cleared: true as const }),
    fc.constant({ gone: true as const }),
  ),
);
const docArbitrary = fc
  .tuple(
    fc.constantFrom('a', 'b', 'c'),
    fc.integer({ min: 0, max: 2 }),
    fc.array(fc.tuple(changeArbitrary, fc.integer({ min: 1, max: 50 })), { maxLength: 6 }),
  )
  .map(([tab, generation, changes]) => {
    let doc: SyncedDoc = emptyDoc(generation);
    for (const [[id, change], ms] of changes) {
      let counter = 0;
      doc = applyChanges(doc, new Map<string, Change>([[id, change]]), () =>
        makeStamp(ms, counter++, tab),
      );
    }
    return doc;
  });

describe('mergeDocs', () => {
  it('does not depend on the order tabs see each other (commutative, associative, idempotent)', () => {
    fc.assert(
      fc.property(docArbitrary, docArbitrary, docArbitrary, (a, b, c) => {
        expect(sameContent(mergeDocs(a, b), mergeDocs(b, a))).toBe(true);
        expect(sameContent(mergeDocs(mergeDocs(a, b), c), mergeDocs(a, mergeDocs(b, c)))).toBe(
          true,
        );
        expect(sameContent(mergeDocs(a, a), a)).toBe(true);
      }),
    );
  });

  it('keeps the later change of an item, and a deletion for good over any change', () => {
    const at = (ms: number, tab: string) => () => makeStamp(ms, 0, tab);
    const base = emptyDoc();
    const early = applyChanges(base, new Map([['x:1', { value: 'early' }]]), at(1, 'a'));
    const late = applyChanges(base, new Map([['x:1', { value: 'late' }]]), at(2, 'b'));
    expect(liveItems(mergeDocs(early, late)).map((item) => item.v)).toEqual(['late']);
    const deleted = applyChanges(base, new Map([['f:1', { gone: true }]]), at(1, 'a'));
    const renamed = applyChanges(base, new Map([['f:1', { value: 'renamed' }]]), at(9, 'b'));
    expect(liveItems(mergeDocs(deleted, renamed))).toEqual([]);
  });

  it('a newer generation wins as a whole', () => {
    const old = applyChanges(emptyDoc(0), new Map([['x:1', { value: 'old' }]]), () =>
      makeStamp(99, 0, 'a'),
    );
    expect(mergeDocs(old, emptyDoc(1))).toEqual({ generation: 1, revision: 0, items: {} });
  });
});

describe('diffItems', () => {
  const final = (id: string) => id.startsWith('f:');
  it('reports new, changed and removed items; a removed final item is deleted for good', () => {
    const same = { answers: 1 };
    const before = new Map<string, unknown>([
      ['x:same', same],
      ['x:changed', 'a'],
      ['x:removed', 'b'],
      ['f:removed', 'c'],
    ]);
    const after = new Map<string, unknown>([
      ['x:same', same],
      ['x:changed', 'z'],
      ['x:new', 'n'],
    ]);
    expect(Object.fromEntries(diffItems(before, after, final))).toEqual({
      'x:changed': { value: 'z' },
      'x:new': { value: 'n' },
      'x:removed': { cleared: true },
      'f:removed': { gone: true },
    });
  });

  it('an equal value in a new object is no change', () => {
    const before = new Map<string, unknown>([['x:1', { a: 1 }]]);
    expect(diffItems(before, new Map([['x:1', { a: 1 }]]), final).size).toBe(0);
  });
});
