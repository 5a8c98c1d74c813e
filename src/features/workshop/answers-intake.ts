import { editions } from '@/content/editions';
import type { Respondent } from '@/domain/session';
import { parseAnswersShare, type ShareError } from '@/domain/share';
import { payloadOf, readSharePayload } from '@/lib/share-link';
import { nextTask } from '@/lib/tasks';

/** Why a link or file could not be used: a share error, or not a link of this app at all. */
export type IntakeError = ShareError | 'notALink';

export type IntakeResult = {
  /** Each usable respondent with the link or file it came from. */
  respondents: { item: string; respondent: Respondent }[];
  failures: { item: string; error: IntakeError }[];
  /** Answers made with an earlier edition: read into today's, with how many no longer count. */
  upgraded: { item: string; edition: string; dropped: number }[];
};

const empty = (): IntakeResult => ({ respondents: [], failures: [], upgraded: [] });

function take(json: string | null, item: string, result: IntakeResult) {
  const parsed = parseAnswersShare(json, editions);
  if (!parsed.ok) {
    result.failures.push({ item, error: parsed.error });
    return;
  }
  const { share, fromEdition, dropped } = parsed.value;
  if (fromEdition !== null) {
    result.upgraded.push({ item, edition: fromEdition, dropped: Object.keys(dropped).length });
  }
  const { respondentId, name, answers, sharedAt } = share;
  result.respondents.push({
    item,
    respondent: { id: respondentId, answers, addedAt: sharedAt, ...(name ? { name } : {}) },
  });
}

/** One pasted line or scanned code: a join link of this app, or its bare payload. */
function takeLink(line: string, item: string, result: IntakeResult) {
  const json = readSharePayload(payloadOf(line));
  // Text that is neither a join link nor a payload that unpacks is not a link of this app.
  if (json === null && !line.includes('#/join/')) {
    result.failures.push({ item, error: 'notALink' });
    return;
  }
  take(json, item, result);
}

const linesOf = (text: string) =>
  text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Reads pasted text at once: every non-empty line is a share link (or its payload). */
export function respondentsFromLinks(text: string, label = (n: number) => String(n)): IntakeResult {
  const result = empty();
  for (const [index, line] of linesOf(text).entries()) takeLink(line, label(index + 1), result);
  return result;
}

const LINKS_PER_TASK = 20;

/**
 * Reads many pasted links without freezing the page: a few at a time, giving the browser a turn
 * in between (200 links stay well under a 200 ms task).
 */
export async function respondentsFromManyLinks(
  text: string,
  label: (n: number) => string,
): Promise<IntakeResult> {
  const result = empty();
  const lines = linesOf(text);
  for (let start = 0; start < lines.length; start += LINKS_PER_TASK) {
    lines.slice(start, start + LINKS_PER_TASK).forEach((line, offset) => {
      takeLink(line, label(start + offset + 1), result);
    });
    await nextTask();
  }
  return result;
}

/** Reads the text of answers files (what "Download as file" saves), named by file name. */
export function respondentsFromFiles(files: { name: string; text: string }[]): IntakeResult {
  const result = empty();
  for (const file of files) take(file.text, file.name, result);
  return result;
}
