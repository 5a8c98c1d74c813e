import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { advice } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import {
  disputedThemes,
  groupThemeStats,
  statementSpreads,
  tallyThemeStats,
  tallyThemeVotes,
  themeScoresOfRespondents,
} from '@/domain/group';
import { roundScore } from '@/domain/math';
import { allThemes } from '@/domain/questionnaire';
import { histogram } from '@/domain/stats';
import { conversationKey, questionKey, themeKey } from '@/lib/i18n-keys';
import { NEXT_KEY, PREVIOUS_KEY } from '@/lib/keyboard';
import { useSession } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';
import { useShortcuts } from '@/ui/use-shortcuts';
import { ScoreHistogram } from './score-histogram';
import './workshop.css';

/**
 * Discussion mode: the themes the group disagrees on, one at a time (→ next, ← previous): how the
 * respondents' scores spread (two clusters show as two clusters), the statements where people
 * are furthest apart, and questions to talk about.
 */
export function DiscussPage() {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  const { id = '', number = '1' } = useParams<{ id: string; number: string }>();
  const [, navigate] = useLocation();
  const session = useSession(id);
  const isTally = session?.method === 'tally';
  const encoded = useMemo(() => session?.respondents.map((r) => r.answers) ?? [], [session]);
  const stats = useMemo(
    () =>
      !session
        ? []
        : isTally
          ? tallyThemeStats(questionnaire, session.tally)
          : groupThemeStats(questionnaire, encoded),
    [session, isTally, encoded],
  );
  const disputed = disputedThemes(stats);
  const index = Math.min(Math.max(Number.parseInt(number, 10) || 1, 1), disputed.length) - 1;
  const theme = disputed[index];
  const go = (to: number) => navigate(`/workshop/${id}/discuss/${to + 1}`);
  useShortcuts(
    {
      [NEXT_KEY]: () => index < disputed.length - 1 && go(index + 1),
      [PREVIOUS_KEY]: () => index > 0 && go(index - 1),
    },
    theme !== undefined,
  );
  // What the histogram shows: each respondent's theme score, or for a tally each vote.
  const values = useMemo(() => {
    if (!theme || !session) return [];
    if (isTally) {
      const definition = allThemes(questionnaire).find((item) => item.id === theme.themeId);
      return definition ? tallyThemeVotes(questionnaire, session.tally, definition).votes : [];
    }
    const { themeIds, scores } = themeScoresOfRespondents(questionnaire, encoded);
    const column = themeIds.indexOf(theme.themeId);
    return scores.map((row) => row[column] ?? Number.NaN).filter((value) => !Number.isNaN(value));
  }, [theme, session, isTally, encoded]);

  if (!session) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  const back = (
    <Link href={`/workshop/${id}/results`} className="button">
      {t('discuss.back')}
    </Link>
  );
  if (!theme) {
    return (
      <div className="discuss">
        <PageHeading>{t('discuss.noneTitle')}</PageHeading>
        <p>{t('discuss.none')}</p>
        {back}
      </div>
    );
  }
  const spreads = statementSpreads(
    questionnaire,
    theme.themeId,
    isTally ? { tally: session.tally } : { encoded },
  ).slice(0, 3);
  return (
    <div className="discuss">
      <p className="wizard__position">
        {t('discuss.position', { current: index + 1, total: disputed.length })}
      </p>
      <PageHeading key={theme.themeId}>{tq(themeKey(theme.themeId, 'title'))}</PageHeading>
      <div className="discuss__grid">
        <section aria-labelledby="discuss-spread">
          <h2 id="discuss-spread">
            {isTally ? t('discuss.votesTitle') : t('discuss.spreadTitle')}
          </h2>
          <ScoreHistogram bands={histogram(values)} unit={isTally ? 'votes' : 'people'} />
          {theme.summary ? (
            <p>{t('discuss.mean', { mean: roundScore(theme.summary.mean) })}</p>
          ) : null}
        </section>
        <section aria-labelledby="discuss-statements">
          <h2 id="discuss-statements">{t('discuss.statementsTitle')}</h2>
          <ol className="discuss__statements">
            {spreads.map((spread) => (
              <li key={spread.questionId}>
                {tq(questionKey(spread.questionId, 'text'))}{' '}
                <span className="discuss__range">
                  {t('discuss.range', {
                    min: roundScore(spread.summary.min),
                    max: roundScore(spread.summary.max),
                    n: spread.summary.n,
                  })}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="discuss-talk">
          <h2 id="discuss-talk">{t('discuss.talkTitle')}</h2>
          <ul className="discuss__questions">
            {(advice.conversation[theme.themeId] ?? []).map((question) => (
              <li key={question}>{ta(conversationKey(theme.themeId, question))}</li>
            ))}
          </ul>
        </section>
      </div>
      <nav className="step-navigation" aria-label={t('discuss.navigation')}>
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          <span aria-hidden="true">←</span> {t('discuss.previous')}
        </button>
        {back}
        <button
          type="button"
          className="button button--primary"
          disabled={index === disputed.length - 1}
          onClick={() => go(index + 1)}
        >
          {t('discuss.next')} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </div>
  );
}
