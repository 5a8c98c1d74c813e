import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

/**
 * The results lead with the picture: right after it, an index reaches every part of a long page;
 * then the three themes to start with and the three strongest; the two links to copy say which
 * is which.
 */

const weak = ['leadership', 'member-recruitment', 'recognition'];
const middling = ['upscaling'];

/** Three weak themes (0), one under way (50), the rest strong (100). */
function seedAnswers() {
  const answers = makeAnswers(() => 0);
  for (const id of Object.keys(answers)) {
    const themeId = id.split('.')[0] ?? '';
    answers[id] = extremeAnswer(id, weak.includes(themeId) ? 'low' : 'high');
  }
  for (const id of Object.keys(answers).filter((id) => middling.includes(id.split('.')[0] ?? ''))) {
    answers[id] = makeAnswers(() => 2)[id] ?? '';
  }
  useScanStore.setState({ answers, profile: { name: 'Buurtkracht' } });
}

// The screen's code loads lazily; loaded once up front, the first test does not wait for it.
beforeAll(async () => {
  await import('@/features/results/results-page');
});

describe('results first screen', () => {
  it('names the three themes to start with and the three strongest, with their levels', async () => {
    seedAnswers();
    await renderApp('/results');
    const start = screen.getByRole('region', { name: 'Weakest and strongest themes' });
    const list = (name: string) =>
      within(within(start).getByRole('region', { name }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(list('Start with these 3 themes')).toEqual([
      'Shared leadership0 Needs attention',
      'Healthy inflow0 Needs attention',
      'Recognition by the government0 Needs attention',
    ]);
    const strongest = list('Your 3 strongest themes');
    expect(strongest).toHaveLength(3);
    for (const item of strongest) expect(item).toMatch(/100 Strong$/);
    expect(strongest.join()).not.toMatch(/Growing impact/);
  });

  it('has an index near the top that takes keyboard focus to each part of the page', async () => {
    seedAnswers();
    const { user } = await renderApp('/results');
    const index = screen.getByRole('navigation', { name: 'On this page:' });
    const targets = within(index)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(targets).toEqual([
      'Where to start',
      'Action plan',
      'Areas and overall',
      'Print, compare, save',
      'Share these results',
      'Share with your facilitator',
    ]);
    // The index comes right after the picture, before the themes to start with.
    const picture = screen.getByRole('region', { name: 'Your twelve themes' });
    expect(picture).toContainElement(index);
    for (const name of targets) {
      await user.click(within(index).getByRole('button', { name: name ?? '' }));
      expect(screen.getByRole('heading', { level: 2, name: name ?? '' })).toHaveFocus();
    }
  });

  it('gives the two links to copy different names', async () => {
    seedAnswers();
    await renderApp('/results');
    expect(screen.getByRole('button', { name: 'Copy results link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link with your answers' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });

  it('leads with the picture in Dutch too, with distinct copy buttons', async () => {
    seedAnswers();
    const { user } = await renderApp('/results');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitkomst voor Buurtkracht' }),
    ).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .slice(0, 3)
        .map((h) => h.textContent),
    ).toEqual(["Je twaalf thema's", "Zwakste en sterkste thema's", 'Waar begin je?']);
    expect(screen.getByRole('navigation', { name: 'Op deze pagina:' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Kopieer de link naar de uitkomst' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Kopieer de link met je antwoorden' }),
    ).toBeInTheDocument();
  });
});
