import { type CardError, type ExchangeCard, parseCardText } from '@/domain/exchange-card';
import { readCardLink } from '@/lib/card-link';
import { nextTask } from '@/lib/tasks';

/** Why a pasted line, a file or a code gave no card. */
export type IntakeError = CardError | 'notACard' | 'unreadable';

export type CardIntake = {
  cards: ExchangeCard[];
  failures: { item: string; error: IntakeError }[];
};

function takeLink(line: string, item: string, result: CardIntake) {
  const json = readCardLink(line);
  if (json === null) {
    result.failures.push({ item, error: 'notACard' });
    return;
  }
  const card = parseCardText(json);
  if (card.ok) result.cards.push(card.value);
  else result.failures.push({ item, error: card.error });
}

const linesOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** Pasted text or a scanned code: every non-empty line (or space-separated word) is a card link. */
export function cardsFromLinks(text: string): CardIntake {
  const result: CardIntake = { cards: [], failures: [] };
  linesOf(text).forEach((line, index) => {
    takeLink(line, String(index + 1), result);
  });
  return result;
}

const LINKS_PER_TASK = 10;

/**
 * Reads many pasted links without freezing the page: a few at a time, giving the browser a turn
 * in between (each link is unpacked and packed again to check it).
 */
export async function cardsFromManyLinks(text: string): Promise<CardIntake> {
  const result: CardIntake = { cards: [], failures: [] };
  const lines = linesOf(text);
  for (let start = 0; start < lines.length; start += LINKS_PER_TASK) {
    lines.slice(start, start + LINKS_PER_TASK).forEach((line, offset) => {
      takeLink(line, String(start + offset + 1), result);
    });
    await nextTask();
  }
  return result;
}

/** Card files (what "Download card as file" saves), named by file name. */
export function cardsFromFiles(files: readonly { name: string; text: string }[]): CardIntake {
  const result: CardIntake = { cards: [], failures: [] };
  for (const file of files) {
    const card = parseCardText(file.text);
    if (card.ok) result.cards.push(card.value);
    else result.failures.push({ item: file.name, error: card.error });
  }
  return result;
}
