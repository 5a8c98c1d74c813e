import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { useRecordsStore } from '@/stores/records-store';
import { useScanStore } from '@/stores/scan-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

/**
 * "Earlier scans" is never a dead end: with no snapshot the scan can be saved right there, and
 * one snapshot is compared with the answers as they stand now.
 */

const themes = allThemes(questionnaire);

/** Every statement at its strongest: each theme scores 100. */
function strongAnswers() {
  const answers = makeAnswers(() => 0);
  for (const id of Object.keys(answers)) answers[id] = extremeAnswer(id, 'high');
  return answers;
}

/** A snapshot saved earlier in which every theme scored 40. */
function saveEarlierSnapshot() {
  useRecordsStore.getState().saveSnapshot({
    kind: 'individual',
    name: 'Spring scan',
    createdAt: '2026-03-01T10:00:00.000Z',
    questionnaireVersion: questionnaire.version,
    overall: 40,
    areaScores: {},
    themeScores: Object.fromEntries(themes.map((theme) => [theme.id, 40])),
  });
}

const changeTable = () =>
  screen.getByRole('table', { name: /^Scores per theme in both, and the change/ });
const rowCells = (title: RegExp) =>
  within(within(changeTable()).getByRole('row', { name: title }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// The screen's code loads lazily; loaded once up front, the first test does not wait for it.
beforeAll(async () => {
  await import('@/features/history/history-page');
});

describe('history', () => {
  it('with no snapshot and no answers, says how to get one and offers nothing to compare', async () => {
    await renderApp('/history');
    expect(screen.getByText('No snapshots yet. Save one from the results.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save snapshot' })).not.toBeInTheDocument();
  });

  it('with no snapshot but answers, saves one right here and then compares it with now', async () => {
    useScanStore.setState({ answers: strongAnswers() });
    const { user } = await renderApp('/history');
    expect(screen.getByText('No snapshots yet. Save one from the results.')).toBeInTheDocument();
    // Nothing to choose yet: one side only.
    expect(screen.queryByLabelText('Earlier')).not.toBeInTheDocument();

    const save = screen.getByRole('region', { name: 'Save your answers now' });
    await user.clear(within(save).getByLabelText('Name of the snapshot'));
    await user.type(within(save).getByLabelText('Name of the snapshot'), 'Today');
    await user.click(within(save).getByRole('button', { name: 'Save snapshot' }));
    expect(await within(save).findByText('Saved. It is in the list above.')).toBeInTheDocument();

    expect(screen.getByText(/^Today \(.*\) · own scan · overall 100$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Earlier')).toHaveDisplayValue(/^Today \(/);
    expect(screen.getByLabelText('Later')).toHaveDisplayValue('Your answers now');
    expect(rowCells(/^1\. Sound finances/)).toEqual(['100', '100', '= 0']);
  });

  it('with one snapshot and answers, compares that snapshot with the answers now', async () => {
    useScanStore.setState({ answers: strongAnswers() });
    saveEarlierSnapshot();
    await renderApp('/history');
    expect(screen.getByLabelText('Earlier')).toHaveDisplayValue(/^Spring scan \(/);
    expect(screen.getByLabelText('Later')).toHaveDisplayValue('Your answers now');
    expect(
      within(screen.getByLabelText('Later'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Your answers now', expect.stringMatching(/^Spring scan \(/)]);
    expect(rowCells(/^1\. Sound finances/)).toEqual(['40', '100', '▲ +60']);
    expect(rowCells(/^12\. Recognition by the government/)).toEqual(['40', '100', '▲ +60']);
    expect(
      await screen.findByRole(
        'img',
        {
          name: /^Radar chart comparing Spring scan .* with Your answers now/,
        },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    // And a second snapshot can be kept from here too.
    expect(screen.getByRole('button', { name: 'Save snapshot' })).toBeInTheDocument();
  });

  it('with one snapshot and no answers, says how to get something to compare it with', async () => {
    saveEarlierSnapshot();
    await renderApp('/history');
    expect(screen.queryByLabelText('Earlier')).not.toBeInTheDocument();
    expect(
      screen.getByText(/To see what changed since this snapshot, answer the scan again/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the scan' })).toHaveAttribute(
      'href',
      '#/scan/profile',
    );
  });
});
