import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advice } from '@/content/advice';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { allQuestions } from '@/domain/questionnaire';
import { useSessionStore } from '@/stores/session-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

const leadership = allQuestions(questionnaire).filter((q) => q.id.startsWith('leadership.'));

/** Middle answers everywhere; on leadership the best answers, or the worst. */
function member(name: string, camp: 'high' | 'low') {
  const answers: Record<string, string> = makeAnswers(() => 2);
  for (const question of leadership) answers[question.id] = extremeAnswer(question.id, camp);
  return {
    id: name,
    name,
    answers: encodeAnswers(currentLayout, answers),
    addedAt: '2026-11-01T19:00:00.000Z',
  };
}

/** A board split in two camps on leadership, who agree on everything else. */
function splitBoard() {
  const store = useSessionStore.getState();
  const id = store.createSession('Board evening', 'merge');
  store.addRespondents(id, [
    member('Anna', 'high'),
    member('Bram', 'high'),
    member('Chris', 'low'),
    member('Dewi', 'low'),
  ]);
  return id;
}

describe('discussion mode', () => {
  it('shows a split room as two clusters, the statements people disagree on, and what to talk about', async () => {
    const id = splitBoard();
    const { user } = await renderApp(`/workshop/${id}/discuss/1`);
    expect(screen.getByText('Disputed theme 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shared leadership');

    const spread = within(
      screen.getByRole('region', { name: 'How the group scores this theme' }),
    ).getAllByRole('listitem');
    expect(spread.map((band) => band.textContent)).toEqual([
      '0–192 people',
      '20–390 people',
      '40–590 people',
      '60–790 people',
      '80–1002 people',
    ]);

    // The three statements people are furthest apart on: here every one splits them 0 against 100.
    const statements = within(
      screen.getByRole('region', { name: 'Where people are furthest apart' }),
    ).getAllByRole('listitem');
    expect(statements).toHaveLength(3);
    for (const statement of statements) {
      expect(statement).toHaveTextContent('(answers from 0 to 100, 4 counted)');
    }

    const talk = within(screen.getByRole('region', { name: 'Talk about' })).getAllByRole(
      'listitem',
    );
    expect(talk).toHaveLength(advice.conversation.leadership?.length ?? 0);
    expect(talk[0]).toHaveTextContent(
      'Who would we miss most if they stopped tomorrow, and what would we do then?',
    );

    // Only one disputed theme: → stays; the way back is a link.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Disputed theme 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to group results' })).toHaveAttribute(
      'href',
      `#/workshop/${id}/results`,
    );
  });

  it('says so when the group agrees on everything', async () => {
    const store = useSessionStore.getState();
    const id = store.createSession('Quiet evening', 'merge');
    store.addRespondents(id, [member('Anna', 'high'), member('Bram', 'high')]);
    await renderApp(`/workshop/${id}/discuss/1`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No disputed themes');
  });

  it('works in Dutch', async () => {
    const id = splitBoard();
    const { user } = await renderApp(`/workshop/${id}/discuss/1`);
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByText('Thema waarover de groep het oneens is: 1 van 1'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gedeeld leiderschap');
    expect(screen.getAllByText('2 mensen')).toHaveLength(2);
  });
});
