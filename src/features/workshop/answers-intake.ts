import { questionnaire } from '@/content/questionnaire';
import type { Respondent } from '@/domain/session';
import { parseAnswersShare, type ShareError } from '@/domain/share';
import { payloadOf, readSharePayload } from '@/lib/share-link';

export type IntakeResult = {
  respondents: Respondent[];
  failures: { item: string; error: ShareError }[];
};

function toRespondent(json: string | null, item: string, result: IntakeResult) {
  const parsed = parseAnswersShare(json, questionnaire.version);
  if (!parsed.ok) {
    result.failures.push({ item, error: parsed.error });
    return;
  }
  const { respondentId, name, answers, sharedAt } = parsed.value;
  result.respondents.push({
    id: respondentId,
    answers,
    addedAt: sharedAt,
    ...(name ? { name } : {}),
  });
}

/** Reads pasted text: every non-empty line is a share link (or its payload). */
export function respondentsFromLinks(text: string): IntakeResult {
  const result: IntakeResult = { respondents: [], failures: [] };
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
  const result: IntakeResult = { respondents: [], failures: [] };
  for (const file of files) toRespondent(file.text, file.name, result);
  return result;
}
