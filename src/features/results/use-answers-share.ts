import { useEffect, useMemo } from 'react';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import type { Answers } from '@/domain/questionnaire';
import { makeAnswersShare } from '@/domain/share';
import { makeShareLink } from '@/lib/share-link';
import { useScanStore } from '@/stores/scan-store';

/**
 * The one place that builds what a member hands in (the file, the link and the QR code all
 * carry the same share): compact answers, their respondent id and the name they gave.
 * `ready` is false until the respondent id is made (right after the first render).
 */
export function useAnswersShare(answers: Answers, name: string) {
  const respondentId = useScanStore((state) => state.respondentId);
  const ensureRespondentId = useScanStore((state) => state.ensureRespondentId);
  // The id is made once and saved, so sharing again later replaces the earlier answers.
  useEffect(() => {
    if (!respondentId) ensureRespondentId();
  }, [respondentId, ensureRespondentId]);

  const share = useMemo(
    () =>
      makeAnswersShare({
        questionnaireVersion: questionnaire.version,
        respondentId: respondentId ?? 'pending',
        name: name.trim() || undefined,
        answers: encodeAnswers(currentLayout, answers),
        sharedAt: new Date().toISOString(),
      }),
    [answers, name, respondentId],
  );
  const link = useMemo(() => makeShareLink(share), [share]);
  return { share, link, ready: Boolean(respondentId) };
}
