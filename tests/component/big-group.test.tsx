import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { currentLayout } from '@/content/editions';
import { encodeAnswers } from '@/domain/compact-answers';
import { LARGE_GROUP } from '@/lib/group-stats-jobs';
import { useSessionStore } from '@/stores/session-store';
import { makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

/** A session of `count` respondents who all give the second answer (25 points) on every statement. */
function sessionOf(count: number) {
  const store = useSessionStore.getState();
  const id = store.createSession(`Group of ${count}`, 'merge');
  const answers = encodeAnswers(
    currentLayout,
    makeAnswers(() => 1),
  );
  store.addRespondents(
    id,
    Array.from({ length: count }, (_, n) => ({
      id: `member-${n}`,
      answers,
      addedAt: '2026-11-01T19:00:00.000Z',
    })),
  );
  return id;
}

/** The table's row for the first theme: its cells as text. */
function firstThemeRow() {
  const table = screen.getByRole('table', {
    name: /Group scores per theme|Groepsscores per thema/,
  });
  const row = within(table).getAllByRole('row')[1];
  if (!row) throw new Error('no theme rows');
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('group results of a large group', () => {
  it('says it is working out the scores, keeps the table in place, then shows the figures', async () => {
    const id = sessionOf(LARGE_GROUP);
    window.location.hash = `#/workshop/${id}/results`;
    render(<App />);
    // Found as soon as it is on screen (on each change of the page), before the figures arrive.
    const status = await screen.findByRole('status', {}, { timeout: 5000 });
    expect(status).toHaveTextContent("Working out the group's scores…");
    // Every theme's row is there already, its figures to come; nothing to act on yet.
    expect(screen.getAllByRole('row')).toHaveLength(13);
    expect(firstThemeRow()).toEqual(['…', '…', '…', '…', '…', '…', '…']);
    expect(screen.queryByRole('button', { name: /Download group results/ })).toBeNull();

    expect(
      await screen.findByRole('button', { name: /Download group results/ }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByText("Working out the group's scores…")).toBeNull();
    expect(firstThemeRow()).toEqual(['25', 'Needs attention', '25', '25–25', '500', '0', 'Agrees']);
  });

  it('shows a small group at once, without a working message', async () => {
    const id = sessionOf(40);
    await renderApp(`/workshop/${id}/results`);
    expect(screen.queryByText("Working out the group's scores…")).toBeNull();
    expect(firstThemeRow()).toEqual(['25', 'Needs attention', '25', '25–25', '40', '0', 'Agrees']);
  });

  it('says so in Dutch', async () => {
    const id = sessionOf(LARGE_GROUP);
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    window.location.hash = `#/workshop/${id}/results`;
    expect(
      await screen.findByText('We rekenen de scores van de groep uit…', {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(
      await screen.findByRole('button', { name: /Download/ }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(firstThemeRow()).toEqual(['25', 'Vraagt aandacht', '25', '25–25', '500', '0', 'Eens']);
  });
});
