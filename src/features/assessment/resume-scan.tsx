import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { resumePoint } from '@/domain/open-statements';
import { isProfileComplete } from '@/domain/profile';
import { useScanStore } from '@/stores/scan-store';
import { useAnswerSource } from './answer-source';
import { PROFILE_STEP, stepPath } from './steps';

/**
 * "Continue the scan" (`/scan/resume`): on to the first unanswered statement, in its theme and
 * brought into view there; to the profile while only that is begun (or when all is answered).
 * Worked out here, in the wizard's own code, so the start page stays small.
 */
export function ResumeScan() {
  const source = useAnswerSource();
  const [, navigate] = useLocation();
  // The answers that count: a statement the profile rules out is never where the user is sent.
  const statement = source.useSelect((answers) => {
    const point = resumePoint(questionnaire, answers);
    return point ? `${point.themeId}/${point.index + 1}` : null;
  });
  const answeredAny = Object.keys(source.getAnswers()).length > 0;
  const profileDone = useScanStore((state) => isProfileComplete(state.profile));
  const path =
    statement && (answeredAny || profileDone)
      ? stepPath(source, statement)
      : stepPath(source, PROFILE_STEP);
  useEffect(() => navigate(path, { replace: true }), [navigate, path]);
  return null;
}
