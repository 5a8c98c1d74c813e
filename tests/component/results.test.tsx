import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

const weak = ['leadership', 'member-recruitment', 'recognition'];

/** All themes strong except three weak ones; recognition is half "don't know". */
function seedAnswers() {
  const answers = makeAnswers(() => 0);
  for (const id of Object.keys(answers)) {
    const themeId = id.split('.')[0] ?? '';
    answers[id] = extremeAnswer(id, weak.includes(themeId) ? 'low' : 'high');
  }
  answers['recognition.q1'] = 'dont-know';
  answers['recognition.q2'] = 'not-applicable';
  useScanStore.setState({ answers, profile: { name: 'Buurtkracht', members: 400 } });
}

describe('results', () => {
  it('shows the numbers in a data table, and the three weakest themes with advice', async () => {
    seedAnswers();
    await renderApp('/results');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Scores per area and theme' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(within(row(/^1\. Financing perspective/)).getAllByRole('cell')[0]).toHaveTextContent(
      '100',
    );
    expect(within(row(/^2\. Leadership/)).getAllByRole('cell')[0]).toHaveTextContent('0');
    expect(within(row(/^12\. Recognition/)).getAllByRole('cell')[1]).toHaveTextContent('3 of 5');
    expect(within(row(/^12\. Recognition/)).getAllByRole('cell')[2]).toHaveTextContent('2');
    // Area "Internal operation": 100, 0, 100, 100 → 75.
    expect(within(row(/^Internal operation/)).getAllByRole('cell')[0]).toHaveTextContent('75');

    const advice = screen.getByRole('region', { name: 'Where to start' });
    const headings = within(advice)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Leadership', 'Member recruitment', 'Recognition']);
    // 400 members: leadership advice for large collectives, low level.
    const leadership = within(advice).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(leadership).getByText(/This theme needs attention/)).toBeInTheDocument();
    expect(within(leadership).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(within(leadership).getByText('Learn more:')).toBeInTheDocument();

    // The chart module loads lazily.
    expect(
      await screen.findByRole('img', { name: /Radar chart of the twelve theme scores/ }),
    ).toBeInTheDocument();
  });

  it('gives "not enough answers", not 0, for a theme without counted answers, and lists it', async () => {
    useScanStore.setState({ answers: { 'leadership.q2': 'agree', 'upscaling.q1': 'dont-know' } });
    await renderApp('/results');
    const table = screen.getByRole('table', { name: 'Scores per area and theme' });
    expect(
      within(within(table).getByRole('row', { name: /^4\. Upscaling/ })).getAllByRole('cell')[0],
    ).toHaveTextContent('Not enough answers');
    const thin = screen.getByRole('region', { name: 'Themes with too few answers' });
    expect(within(thin).getByRole('link', { name: 'Upscaling' })).toHaveAttribute(
      'href',
      '#/scan/upscaling',
    );
    expect(screen.getByText(/No theme has enough answers yet/)).toBeInTheDocument();
  });

  it('invites to start when nothing is answered', async () => {
    await renderApp('/results');
    expect(screen.getByText(/There are no scores yet/)).toBeInTheDocument();
  });

  it('shows results and advice in Dutch', async () => {
    seedAnswers();
    const { user } = await renderApp('/results');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitkomst voor Buurtkracht' }),
    ).toBeInTheDocument();
    const advice = screen.getByRole('region', { name: 'Waar begin je?' });
    expect(
      within(advice)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Leiderschap', 'Ledenwerving', 'Erkenning']);
  });
});
