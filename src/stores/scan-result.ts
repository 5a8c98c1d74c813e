import { useMemo } from 'react';
import { questionnaire } from '@/content/questionnaire';
import { effectiveAnswers, profileExclusions } from '@/domain/applicability';
import type { Profile } from '@/domain/profile';
import type { Answers } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';
import { useScanStore } from './scan-store';

/** This year, for profile rules such as "founded at least two years ago". */
export function currentYear(): number {
  return new Date().getFullYear();
}

/** The scan as the results see it: the board's answers with the profile's exclusions applied. */
export function scanResult(answers: Answers, profile: Profile, year = currentYear()) {
  const exclusions = profileExclusions(questionnaire, profile, year);
  const effective = effectiveAnswers(answers, exclusions);
  return { exclusions, effective, scores: scoreAssessment(questionnaire, effective) };
}

/** This device's scan, scored; recomputed only when the answers or the profile change. */
export function useScanResult() {
  const answers = useScanStore((state) => state.answers);
  const profile = useScanStore((state) => state.profile);
  return useMemo(() => ({ answers, profile, ...scanResult(answers, profile) }), [answers, profile]);
}
