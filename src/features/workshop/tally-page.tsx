import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import { answerKey, questionKey, themeKey } from '@/lib/i18n-keys';
import { toggleFullscreen } from '@/lib/keyboard';
import { useSession, useSessionStore } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';
import { ShortcutsDialog } from '@/ui/shortcuts-dialog';
import { useShortcuts } from '@/ui/use-shortcuts';
import { TallyOption } from './tally-option';
import './workshop.css';

const questions = allQuestions(questionnaire);
const NEXT_KEY = 'ArrowRight';
const PREVIOUS_KEY = 'ArrowLeft';

/** Tally in the room: one statement at a time; the facilitator counts hands, counts stay hidden until revealed. */
export function TallyPage() {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { id = '', number = '1' } = useParams<{ id: string; number: string }>();
  const [, navigate] = useLocation();
  const session = useSession(id);
  const addVotes = useSessionStore((state) => state.addVotes);
  const setRevealed = useSessionStore((state) => state.setRevealed);
  const [help, setHelp] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const index = Math.min(Math.max(Number.parseInt(number, 10) || 1, 1), questions.length) - 1;
  const question = questions[index];
  const themeId = question?.id.split('.')[0] ?? '';

  const options = question
    ? [...optionsOf(questionnaire, question).map((option) => option.id), ...NON_SCORING_ANSWERS]
    : [];
  const labelOf = (option: string) => (question ? tq(answerKey(question, option)) : option);
  const counts = (question && session?.tally[question.id]) || {};
  const revealed = question ? (session?.revealed.includes(question.id) ?? false) : false;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const go = (to: number) => navigate(`/workshop/${id}/tally/${to + 1}`);
  const vote = (option: string | undefined, delta: number) => {
    if (!option || !question) return;
    addVotes(id, question.id, option, delta);
    setAnnouncement(t(delta > 0 ? 'tally.added' : 'tally.removed', { option: labelOf(option) }));
  };

  useShortcuts(
    {
      [NEXT_KEY]: () => index < questions.length - 1 && go(index + 1),
      [PREVIOUS_KEY]: () => index > 0 && go(index - 1),
      r: () => question && setRevealed(id, question.id, !revealed),
      d: () => vote('dont-know', 1),
      n: () => vote('not-applicable', 1),
      f: toggleFullscreen,
      '?': () => setHelp(true),
      ...Object.fromEntries(
        (question ? optionsOf(questionnaire, question) : []).map((option, i) => [
          String(i + 1),
          () => vote(option.id, 1),
        ]),
      ),
    },
    session !== undefined && question !== undefined,
  );

  if (!session || !question) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }

  return (
    <div className="statement-view">
      <p className="wizard__position">
        {t('tally.position', {
          theme: tq(themeKey(themeId, 'title')),
          current: index + 1,
          total: questions.length,
        })}
        {' · '}
        {t('tally.total', { count: total })} · {revealed ? t('tally.shown') : t('tally.hidden')}
      </p>
      <PageHeading key={question.id}>{tq(questionKey(question.id, 'text'))}</PageHeading>
      <p className="statement-view__help">{tq(questionKey(question.id, 'help'))}</p>
      <ol className="tally">
        {options.map((option, i) => (
          <TallyOption
            key={option}
            shortcut={
              option === 'dont-know' ? 'D' : option === 'not-applicable' ? 'N' : String(i + 1)
            }
            label={labelOf(option)}
            count={counts[option] ?? 0}
            total={total}
            revealed={revealed}
            onAdd={() => vote(option, 1)}
            onRemove={() => vote(option, -1)}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <nav className="step-navigation" aria-label={t('tally.navigation')}>
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          <span aria-hidden="true">←</span> {t('tally.previous')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setRevealed(id, question.id, !revealed)}
        >
          {revealed ? t('tally.hide') : t('tally.reveal')}
        </button>
        <button type="button" className="button" onClick={() => setHelp(true)}>
          {t('shortcuts.open')}
        </button>
        {index < questions.length - 1 ? (
          <button type="button" className="button button--primary" onClick={() => go(index + 1)}>
            {t('tally.next')} <span aria-hidden="true">→</span>
          </button>
        ) : (
          <Link href={`/workshop/${id}/results`} className="button button--primary">
            {t('session.results')}
          </Link>
        )}
      </nav>
      <ShortcutsDialog
        open={help}
        title={t('shortcuts.title')}
        closeLabel={t('shortcuts.close')}
        onClose={() => setHelp(false)}
        shortcuts={[
          { keys: '→ / ←', action: t('shortcuts.nextPrevious') },
          {
            keys: `1–${question ? optionsOf(questionnaire, question).length : 5}`,
            action: t('shortcuts.tallyOption'),
          },
          { keys: 'D', action: t('shortcuts.dontKnow') },
          { keys: 'N', action: t('shortcuts.notApplicable') },
          { keys: 'R', action: t('shortcuts.reveal') },
          { keys: 'F', action: t('shortcuts.fullscreen') },
          { keys: '?', action: t('shortcuts.help') },
        ]}
      />
    </div>
  );
}
