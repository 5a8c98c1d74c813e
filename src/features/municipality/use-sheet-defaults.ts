import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLadderRung, LADDER_QUESTION_ID } from '@/content/conversation-sheet';
import { type SheetDefaults, sheetThemes, suggestedQuestions } from '@/domain/conversation-sheet';
import { useScanResult } from '@/stores/scan-result';

/**
 * The sheet as the scan suggests it: each theme's level (which picks its prompt), the three
 * suggested questions in the current language, and the rung the board chose in the scan.
 */
export function useSheetDefaults() {
  const { t, i18n } = useTranslation('sheet');
  const { scores, answers, profile } = useScanResult();
  return useMemo(() => {
    const themes = sheetThemes(scores.themes);
    const suggested = suggestedQuestions(scores.themes);
    const answer = answers[LADDER_QUESTION_ID];
    const defaults: SheetDefaults = {
      questions: suggested.map(({ themeId, level }) => t(`questions.${themeId}.${level}`)),
      ladderNow: isLadderRung(answer) ? answer : '',
    };
    return { themes, defaults, profile, language: i18n.language };
  }, [scores, answers, profile, t, i18n.language]);
}
