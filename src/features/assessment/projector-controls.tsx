import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Question } from '@/domain/questionnaire-schema';
import { NEXT_KEY, PREVIOUS_KEY, toggleFullscreen } from '@/lib/keyboard';
import { ShortcutsDialog } from '@/ui/shortcuts-dialog';
import { useShortcuts } from '@/ui/use-shortcuts';
import { useAnswerSource } from './answer-source';
import { statementPath } from './steps';

type Props = {
  themeId: string;
  index: number;
  question: Question;
  onAnswer: (answer: string) => void;
};

/** Projector mode: previous/next statement buttons and the keyboard shortcuts, also listed on "?". */
export function ProjectorControls({ themeId, index, question, onAnswer }: Props) {
  const { t } = useTranslation('wizard');
  const { t: tw } = useTranslation('workshop');
  const [, navigate] = useLocation();
  const [help, setHelp] = useState(false);
  const source = useAnswerSource();
  const previous = statementPath(source, themeId, index, -1);
  const next = statementPath(source, themeId, index, 1);
  const options = optionsOf(questionnaire, question);

  useShortcuts({
    [NEXT_KEY]: () => navigate(next),
    [PREVIOUS_KEY]: () => navigate(previous),
    d: () => onAnswer(NON_SCORING_ANSWERS[0]),
    n: () => onAnswer(NON_SCORING_ANSWERS[1]),
    f: toggleFullscreen,
    '?': () => setHelp(true),
    ...Object.fromEntries(options.map((option, i) => [String(i + 1), () => onAnswer(option.id)])),
  });

  return (
    <>
      <nav className="step-navigation" aria-label={t('stepNavigation')}>
        <button type="button" className="button" onClick={() => navigate(previous)}>
          <span aria-hidden="true">←</span> {t('previousStatement')}
        </button>
        <button type="button" className="button" onClick={() => setHelp(true)}>
          {tw('shortcuts.open')}
        </button>
        <button type="button" className="button button--primary" onClick={() => navigate(next)}>
          {next === source.finishPath ? t(source.finishLabel) : t('nextStatement')}{' '}
          <span aria-hidden="true">→</span>
        </button>
      </nav>
      <ShortcutsDialog
        open={help}
        title={tw('shortcuts.title')}
        closeLabel={tw('shortcuts.close')}
        onClose={() => setHelp(false)}
        shortcuts={[
          { keys: '→ / ←', action: tw('shortcuts.nextPrevious') },
          { keys: `1–${options.length}`, action: tw('shortcuts.answerOption') },
          { keys: 'D', action: tw('shortcuts.dontKnow') },
          { keys: 'N', action: tw('shortcuts.notApplicable') },
          { keys: 'F', action: tw('shortcuts.fullscreen') },
          { keys: '?', action: tw('shortcuts.help') },
        ]}
      />
    </>
  );
}
