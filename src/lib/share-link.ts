import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { MAX_SHARE_PAYLOAD } from '@/domain/share';
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

/** Decompresses a payload to its JSON text; null when it is garbage, truncated or too long. */
export function readSharePayload(payload: string): string | null {
  if (payload.length === 0 || payload.length > MAX_SHARE_PAYLOAD) return null;
  try {
    return decompressFromEncodedURIComponent(payload) || null;
  } catch {
    return null;
  }
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
