import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { answerKey, questionKey, themeKey } from '@/lib/i18n-keys';
import { NEXT_KEY, PREVIOUS_KEY, toggleFullscreen } from '@/lib/keyboard';
import { useSession, useSessionStore } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';
import { ShortcutsDialog } from '@/ui/shortcuts-dialog';
import { useShortcuts } from '@/ui/use-shortcuts';
import { PresenterPanel } from './presenter-panel';
import { RoomSizeField, roomSizeNote } from './room-size';
import { TallyOptions } from './tally-options';
import { useRoomPresenter } from './use-room-presenter';
import './workshop.css';

const questions = allQuestions(questionnaire);

/**
 * Tally in the room: one statement at a time; the facilitator counts hands, and counts stay
 * hidden from the room until revealed. With an audience window open on the projector, this
 * window is the presenter's: it shows the counts as they come in, notes and the shortcuts.
 */
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
  const counts = (question && session?.tally[question.id]) || {};
  const revealed = question ? (session?.revealed.includes(question.id) ?? false) : false;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const presenter = useRoomPresenter(
    session && question
      ? {
          sessionId: id,
          questionId: question.id,
          index,
          revealed,
          counts: revealed ? counts : null,
        }
      : null,
  );
  const go = (to: number) => navigate(`/workshop/${id}/tally/${to + 1}`);
  const vote = (answer: string, delta: number) => {
    if (!question) return;
    addVotes(id, question.id, answer, delta);
    const option = tq(answerKey(question, answer));
    setAnnouncement(t(delta > 0 ? 'tally.added' : 'tally.removed', { option }));
  };
  const toggleReveal = () => question && setRevealed(id, question.id, !revealed);
  const optionCount = question ? optionsOf(questionnaire, question).length : 5;

  useShortcuts(
    {
      [NEXT_KEY]: () => index < questions.length - 1 && go(index + 1),
      [PREVIOUS_KEY]: () => index > 0 && go(index - 1),
      r: toggleReveal,
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
  const note = roomSizeNote(t, session.roomSize, total, revealed);
  const shortcuts = [
    { keys: '→ / ←', action: t('shortcuts.nextPrevious') },
    { keys: `1–${optionCount}`, action: t('shortcuts.tallyOption') },
    { keys: 'D', action: t('shortcuts.dontKnow') },
    { keys: 'N', action: t('shortcuts.notApplicable') },
    { keys: 'R', action: t('shortcuts.reveal') },
    { keys: 'F', action: t('shortcuts.fullscreen') },
    { keys: 'M', action: t('shortcuts.menu') },
    { keys: '?', action: t('shortcuts.help') },
  ];
  return (
    <div className={`statement-view${presenter.audience ? ' statement-view--presenter' : ''}`}>
      <p className="wizard__position">
        {t('tally.position', {
          theme: tq(themeKey(question.id.split('.')[0] ?? '', 'title')),
          current: index + 1,
          total: questions.length,
        })}
        {' · '}
        {t('tally.total', { count: total })} · {revealed ? t('tally.shown') : t('tally.hidden')}
        {note ? (
          <>
            {' · '}
            <strong>{note}</strong>
          </>
        ) : null}
      </p>
      <PageHeading key={question.id}>{tq(questionKey(question.id, 'text'))}</PageHeading>
      {presenter.audience ? null : (
        <p className="statement-view__help">{tq(questionKey(question.id, 'help'))}</p>
      )}
      <TallyOptions
        question={question}
        counts={counts}
        // The presenter's own screen may show what the room cannot see yet.
        showCounts={revealed || presenter.audience}
        hiddenFromRoom={presenter.audience && !revealed}
        onVote={vote}
      />
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
        <button type="button" className="button" onClick={toggleReveal}>
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
      <RoomSizeField session={session} />
      <PresenterPanel
        audience={presenter.audience}
        blocked={presenter.blocked}
        onOpenAudience={presenter.openAudience}
        question={question}
        revealed={revealed}
        shortcuts={shortcuts}
      />
      <ShortcutsDialog
        open={help}
        title={t('shortcuts.title')}
        closeLabel={t('shortcuts.close')}
        onClose={() => setHelp(false)}
        shortcuts={shortcuts}
      />
    </div>
  );
}
