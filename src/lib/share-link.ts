import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { fail, ok, type Result } from '@/domain/result';
import { type LinkError, MAX_SHARE_PAYLOAD } from '@/domain/share';
import { appAddress } from './address';

/**
 * A link that carries the payload compressed in the URL hash (`#/join/…` for answers, `#/shared/…`
 * for results). Browsers never send the hash to a server, so the data goes only where the user
 * sends the link.
 */
export function makeShareLink(payload: unknown, route: 'join' | 'shared' = 'join'): string {
  return appAddress(`/${route}/${compressToEncodedURIComponent(JSON.stringify(payload))}`);
}

/** The compressed part of a share link (a whole link, or just what follows `#/join/`). */
export function payloadOf(linkOrPayload: string): string {
  const text = linkOrPayload.trim();
  const at = text.indexOf('#/join/');
  return at >= 0 ? text.slice(at + '#/join/'.length) : text;
}

// lz-string's alphabet for URI components: what compressToEncodedURIComponent writes.
const PAYLOAD_CHARACTERS = /^[A-Za-z0-9+$-]*$/;

/**
 * The payload as the app wrote it: messaging apps and browsers percent-encode `+` and `$` (and
 * sometimes more), and a `+` may arrive as a space. Null when the percent-encoding is broken.
 */
function unescapePayload(payload: string): string | null {
  try {
    return decodeURIComponent(payload).replaceAll(' ', '+');
  } catch {
    return null;
  }
}

/**
 * Unpacks the compressed part of a link (`#/join/…` or `#/shared/…`) to its JSON text, or says
 * what is wrong with it. lz-string stops reading at its end marker, so a payload is only accepted
 * when packing the text again gives exactly the payload: nothing added, nothing changed.
 */
export function readShareLink(payload: string): Result<string, LinkError> {
  // Percent-encoding takes at most three characters for one.
  if (payload.length > MAX_SHARE_PAYLOAD * 3) return fail('tooLong');
  const data = unescapePayload(payload.trim());
  if (data === null || !PAYLOAD_CHARACTERS.test(data)) return fail('linkCharacters');
  if (data.length === 0) return fail('cutOff');
  if (data.length > MAX_SHARE_PAYLOAD) return fail('tooLong');
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(data);
  } catch {
    return fail('cutOff');
  }
  if (!json) return fail('cutOff');
  const packed = compressToEncodedURIComponent(json);
  if (packed === data) return ok(json);
  if (data.startsWith(packed)) return fail('extra');
  return fail(packed.startsWith(data) ? 'cutOff' : 'altered');
}

/** Decompresses a payload to its JSON text; null when it is garbage, cut off, altered or too long. */
export function readSharePayload(payload: string): string | null {
  const read = readShareLink(payload);
  return read.ok ? read.value : null;
}

/** Copies text to the clipboard; false where the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
