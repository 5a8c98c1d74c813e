import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MAX_SHARE_PAYLOAD } from '@/domain/share';
import { payloadOf, readShareLink, readSharePayload } from '@/lib/share-link';

/** A payload that holds a +, which messaging apps percent-encode (lz-string never writes its $). */
function samplePayload() {
  for (let n = 0; ; n += 1) {
    const text = JSON.stringify({
      format: 'collective-scan-results',
      version: 2,
      sharedAt: '2026-11-27T10:00:00.000Z',
      profile: { name: `Buurtkracht ${n}`, members: n },
    });
    const packed = compressToEncodedURIComponent(text);
    if (packed.includes('+')) return { json: text, payload: packed };
  }
}
const { json, payload } = samplePayload();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('readShareLink', () => {
  it('reads a payload exactly as the app wrote it', () => {
    expect(readShareLink(payload)).toEqual({ ok: true, value: json });
  });

  it('the payload holds a +, so the percent-encoding tests below mean something', () => {
    expect(payload).toContain('+');
  });

  it.each([
    [
      '+ and $ percent-encoded, as messaging apps do',
      (p: string) => p.replaceAll('+', '%2B').replaceAll('$', '%24'),
    ],
    ['in lower case', (p: string) => p.replaceAll('+', '%2b').replaceAll('$', '%24')],
    [
      'every character percent-encoded',
      (p: string) => [...p].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
    ],
    ['a + turned into a space', (p: string) => p.replaceAll('+', ' ')],
  ])('accepts the payload with %s', (_label, change) => {
    expect(readShareLink(change(payload))).toEqual({ ok: true, value: json });
  });

  it.each([
    ['junk appended', `${payload}junk`, 'extra'],
    ['one character appended', `${payload}A`, 'extra'],
    ['characters no link of this app holds', `${payload.slice(0, 20)}<script>`, 'linkCharacters'],
    ['a broken percent-encoding', `${payload}%E0%A4%A`, 'linkCharacters'],
    ['nothing', '', 'cutOff'],
    ['more than a link can hold', 'A'.repeat(MAX_SHARE_PAYLOAD + 1), 'tooLong'],
    ['far more, percent-encoded', '%41'.repeat(MAX_SHARE_PAYLOAD * 2), 'tooLong'],
  ])('refuses a payload with %s', (_label, changed, error) => {
    expect(readShareLink(changed)).toEqual({ ok: false, error });
  });

  it('refuses the payload with anything appended, never opening it as if intact', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1 }), (tail) => {
        expect(readShareLink(`${payload}${tail}`)).toMatchObject({ ok: false });
      }),
      { numRuns: 200 },
    );
  });

  // A changed character may still unpack to other text (lz-string has no checksum); that text is
  // then checked as any payload is. What never happens: the changed link opening as the original.
  it('never reads the payload cut short or with one character changed as the original', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: payload.length - 1 }),
        fc.constantFrom(...ALPHABET),
        fc.boolean(),
        (at, char, cut) => {
          const changed = cut
            ? payload.slice(0, at)
            : `${payload.slice(0, at)}${char}${payload.slice(at + 1)}`;
          fc.pre(changed !== payload);
          const read = readShareLink(changed);
          if (read.ok) expect(read.value).not.toBe(json);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readSharePayload and payloadOf', () => {
  it('read a whole join link, percent-encoded or not, and give nothing for a damaged one', () => {
    const link = `http://127.0.0.1/#/join/${payload}`;
    expect(readSharePayload(payloadOf(link))).toBe(json);
    expect(readSharePayload(payloadOf(link.replaceAll('+', '%2B')))).toBe(json);
    expect(readSharePayload(payloadOf(`${link}junk`))).toBeNull();
  });
});
