import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

const weak = ['leadership', 'member-recruitment', 'recognition'];

/**
 * All themes strong except three weak ones; recognition has one "don't know" and one "not
 * applicable". A large collective (400 members) with paid staff.
 */
function seedAnswers() {
  const answers = makeAnswers(() => 0);
  for (const id of Object.keys(answers)) {
    const themeId = id.split('.')[0] ?? '';
    answers[id] = extremeAnswer(id, weak.includes(themeId) ? 'low' : 'high');
  }
  answers['recognition.q6'] = 'dont-know';
  answers['recognition.q7'] = 'not-applicable';
  useScanStore.setState({
    answers,
    profile: { name: 'Buurtkracht', members: 400, paidStaff: 'some' },
  });
}

const scoreTable = () =>
  screen.getByRole('table', { name: 'Scores per area and theme (higher = stronger)' });
/** The cells of a row of the score table: score, level, counted, don't know / not applicable. */
const cells = (name: RegExp) =>
  within(within(scoreTable()).getByRole('row', { name }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// The screen's code loads lazily; loaded once up front, the first test does not wait for it.
beforeAll(async () => {
  await import('@/features/results/results-page');
});

describe('results', () => {
  it('leads with the radar and every theme in words, then where to start, then the details', async () => {
    seedAnswers();
    await renderApp('/results');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
    ).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections.slice(0, 3)).toEqual([
      'Your twelve themes',
      'Weakest and strongest themes',
      'Where to start',
    ]);
    // The details follow: advice, plan, numbers, keeping, sharing.
    expect(sections.indexOf('Areas and overall')).toBeGreaterThan(sections.indexOf('Action plan'));
    expect(sections.at(-1)).toBe('Share with your facilitator');

    // The chart module loads lazily; it says which way is better.
    expect(
      await screen.findByRole('img', { name: /Radar chart of the twelve theme scores/ }),
    ).toBeInTheDocument();
    const picture = screen.getByRole('region', { name: 'Your twelve themes' });
    expect(within(picture).getByText('Higher = stronger')).toBeInTheDocument();

    // Each theme under its level in words, numbered and named as on the spokes, with its score.
    const levels = within(picture)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(levels).toEqual(['Needs attention', 'Strong']);
    const themes = within(picture)
      .getAllByRole('definition')
      .map((definition) =>
        within(definition)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      );
    expect(themes[0]).toEqual(['2 Many leaders 0', '8 Healthy inflow 0', '12 Recognition 0']);
    expect(themes[1]).toHaveLength(9);
    expect(themes[1]?.[0]).toBe('1 Sound finances 100');
  });

  it('shows the numbers in a data table with levels, and the three weakest themes with advice', async () => {
    seedAnswers();
    await renderApp('/results');
    await screen.findByRole('heading', { level: 1, name: 'Results for Buurtkracht' });

    expect(cells(/^1\. Sound finances/)).toEqual(['100', 'Strong', '6 of 6', '0']);
    expect(cells(/^2\. Shared leadership/)).toEqual(['0', 'Needs attention', '6 of 6', '0']);
    // Recognition: six statements, one not applicable, one don't know: 4 counted of 5 that apply.
    expect(cells(/^12\. Recognition by the government/)).toEqual([
      '0',
      'Needs attention',
      '4 of 5',
      '2',
    ]);
    // Area "Internal operation": 100, 0, 100, 100 → 75.
    expect(cells(/^Internal operation/).slice(0, 2)).toEqual(['75', 'Strong']);
    // Each area and the overall score in words too: every area is 75 here.
    const numbers = within(screen.getByRole('region', { name: 'Areas and overall' }));
    expect(numbers.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Internal operation',
      'Member dynamics',
      'Government relations',
      'Overall',
    ]);
    expect(numbers.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      '75 out of 100 Strong',
      '75 out of 100 Strong',
      '75 out of 100 Strong',
      '75 out of 100 Strong',
    ]);

    const advice = screen.getByRole('region', { name: 'Where to start' });
    const headings = within(advice)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Shared leadership',
      'Healthy inflow',
      'Recognition by the government',
      'How your profile tuned this advice',
    ]);
    const leadership = within(advice).getAllByRole('listitem')[0] as HTMLElement;
    expect(
      within(leadership).getByText('Score 0 out of 100 (Needs attention), from 6 of 6 statements.'),
    ).toBeInTheDocument();
    expect(within(leadership).getByText(/This theme needs attention/)).toBeInTheDocument();
    // The statements that make it weak are named, with the answer given.
    expect(
      within(leadership).getByText(/This theme scores lower mainly because of these statements/),
    ).toBeInTheDocument();
    expect(
      within(leadership).getByText(/one or two people have done almost all of the board work/),
    ).toHaveTextContent('(your answer: Completely true)');
    // 400 members and paid staff: the advice says which profile facts chose it.
    expect(
      within(leadership).getByText(
        'Advice for a collective with 250 members or more. Advice for a collective with paid staff.',
      ),
    ).toBeInTheDocument();
    // The first step is the one for the weakest statement; each step can go into the plan.
    const [firstStep] = within(leadership).getAllByRole('button', { name: /^Add to plan/ });
    expect(firstStep).toHaveAccessibleName(
      /list the tasks that now rest on one or two people, and mark those/,
    );
    expect(within(leadership).getByText('Learn more:')).toBeInTheDocument();
  });

  it('gives "too few answers", not a number, for a thin theme, lists it, and gives it no advice', async () => {
    useScanStore.setState({
      answers: { 'upscaling.q7': 'not-true', 'upscaling.q8': 'dont-know' },
    });
    await renderApp('/results');
    expect(cells(/^4\. Growing impact/)).toEqual(['Too few answers', '', '1 of 6', '1']);
    // In the key beside the radar: under "too few answers", with no score.
    const picture = screen.getByRole('region', { name: 'Your twelve themes' });
    expect(within(picture).getByRole('term')).toHaveTextContent('Too few answers');
    expect(within(picture).getAllByRole('listitem')[3]).toHaveTextContent(/^4 Growing impact$/);
    const thin = screen.getByRole('region', { name: 'Themes with too few answers' });
    expect(within(thin).getByRole('link', { name: 'Growing impact' })).toHaveAttribute(
      'href',
      '#/scan/upscaling',
    );
    // Unanswered themes are listed too, with a way into each.
    const items = within(thin).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[3]).toHaveTextContent('Growing impact (1 of 6)');
    expect(screen.getByText(/No theme has enough answers yet for advice/)).toBeInTheDocument();
  });

  it("leaves a thin theme out of its area's score and out of the advice", async () => {
    const answers: Record<string, string> = {};
    for (const n of [6, 7, 8, 9, 10, 11]) answers[`financing-perspective.q${n}`] = 'mostly-true';
    // One answer of six: too few, however low.
    answers['upscaling.q7'] = 'not-true';
    useScanStore.setState({ answers });
    await renderApp('/results');
    expect(cells(/^1\. Sound finances/).slice(0, 2)).toEqual(['75', 'Strong']);
    expect(cells(/^4\. Growing impact/)[0]).toBe('Too few answers');
    // The area is the mean of its scored themes only: 75, not (75 + 0) / 2.
    expect(cells(/^Internal operation/).slice(0, 2)).toEqual(['75', 'Strong']);
    const advice = screen.getByRole('region', { name: 'Where to start' });
    expect(
      within(advice)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Sound finances', 'How your profile tuned this advice']);
  });

  it('says what the profile changed: statements marked not applicable, and advice on a legal form', async () => {
    useScanStore.setState({
      answers: { 'leadership.q7': 'mostly-true' },
      profile: {
        sectors: ['energy'],
        legalForm: 'none-yet',
        members: 30,
        founded: new Date().getFullYear(),
        scale: 'village',
        volunteers: 6,
        paidStaff: 'none',
      },
    });
    await renderApp('/results');
    const tuned = screen.getByRole('region', { name: 'How your profile tuned this advice' });
    // Younger than two years (3), one sector (2), no paid staff (1).
    expect(
      within(tuned).getByText(/6 statements were marked not applicable because of your profile/),
    ).toBeInTheDocument();
    expect(within(tuned).getByRole('link', { name: 'Change the profile' })).toHaveAttribute(
      'href',
      '#/scan/profile',
    );
    expect(
      within(tuned).getByRole('heading', { level: 4, name: 'Choosing a legal form' }),
    ).toBeInTheDocument();
    expect(within(tuned).getAllByRole('listitem')).toHaveLength(4);
  });

  it('invites to start when nothing is answered', async () => {
    await renderApp('/results');
    expect(screen.getByText(/There are no scores yet/)).toBeInTheDocument();
  });

  it('shows results, bands and advice in Dutch', async () => {
    seedAnswers();
    const { user } = await renderApp('/results');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitkomst voor Buurtkracht' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Hoger = sterker')).toBeInTheDocument();
    const picture = screen.getByRole('region', { name: "Je twaalf thema's" });
    expect(within(picture).getAllByRole('term')[0]).toHaveTextContent('Vraagt aandacht');
    expect(within(picture).getAllByRole('listitem')[0]).toHaveTextContent('2 Veel trekkers 0');
    const advice = screen.getByRole('region', { name: 'Waar begin je?' });
    expect(
      within(advice)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
        .slice(0, 3),
    ).toEqual(['Gedeeld leiderschap', 'Gezonde instroom', 'Erkenning door de overheid']);
  });
});
