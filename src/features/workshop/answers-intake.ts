import { editions } from '@/content/editions';
import type { Respondent } from '@/domain/session';
import { parseAnswersShare, type ShareError } from '@/domain/share';
import { payloadOf, readSharePayload } from '@/lib/share-link';

export type IntakeResult = {
  respondents: Respondent[];
  failures: { item: string; error: ShareError }[];
  /** Answers made with an earlier edition: read into today's, with how many no longer count. */
  upgraded: { item: string; edition: string; dropped: number }[];
};

function toRespondent(json: string | null, item: string, result: IntakeResult) {
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
    id: respondentId,
    answers,
    addedAt: sharedAt,
    ...(name ? { name } : {}),
  });
}

/** Reads pasted text: every non-empty line is a share link (or its payload). */
export function respondentsFromLinks(text: string): IntakeResult {
  const result: IntakeResult = { respondents: [], failures: [], upgraded: [] };
  const lines = text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    toRespondent(readSharePayload(payloadOf(line)), String(index + 1), result);
  }
  return result;
}

/** Reads the text of an answers file (what "Download as file" saves). */
export function respondentsFromFiles(files: { name: string; text: string }[]): IntakeResult {
  const result: IntakeResult = { respondents: [], failures: [], upgraded: [] };
  for (const file of files) toRespondent(file.text, file.name, result);
  return result;
}
