import { compressToEncodedURIComponent } from 'lz-string';
import { appAddress } from './address';
import { readShareLink } from './share-link';

const CARD_ROUTE = '/card/';

/**
 * An exchange card as a link (`#/card/…`): the card compressed into the hash, which browsers never
 * send to a server. The same link goes into the card's QR code.
 */
export function makeCardLink(card: unknown): string {
  return appAddress(`${CARD_ROUTE}${compressToEncodedURIComponent(JSON.stringify(card))}`);
}

/** The card's JSON text from a card link (or its bare payload); null when it is no card link. */
export function readCardLink(text: string): string | null {
  const trimmed = text.trim();
  const at = trimmed.indexOf(`#${CARD_ROUTE}`);
  const payload = at >= 0 ? trimmed.slice(at + CARD_ROUTE.length + 1) : trimmed;
  const read = readShareLink(payload);
  return read.ok ? read.value : null;
}
