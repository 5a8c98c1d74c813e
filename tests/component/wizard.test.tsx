import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

/**
 * The statement groups of the current step (each a fieldset named by its statement); the
 * overview of all steps is a group too, and is left out.
 */
const statements = () =>
  within(screen.getByRole('main'))
    .getAllByRole('group')
    .filter((group) => !within(group).queryByRole('navigation', { name: 'All steps' }));

describe('assessment wizard', () => {
  it('answers a theme with the keyboard, goes back, and finds the answers kept', async () => {
    const { user } = await renderApp('/scan/leadership');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Shared leadership' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/theme 2 of 12/i)).toBeInTheDocument();

    const groups = statements();
    const first = within(groups[0] as HTMLElement);
    // Tab into the first statement and choose with the arrow keys, as a keyboard user does.
    first.getByRole('radio', { name: 'Not true at all' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(first.getByRole('radio', { name: 'Mostly true' })).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    const second = within(groups[1] as HTMLElement);
    expect(second.getByRole('radio', { name: 'Not true at all' })).toBeChecked();

    expect(screen.getByText('2 of 69 statements answered')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /next/i }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Well organised' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /back/i }));
    await screen.findByRole('heading', { level: 1, name: 'Shared leadership' });

    const again = statements();
    expect(
      within(again[0] as HTMLElement).getByRole('radio', { name: 'Mostly true' }),
    ).toBeChecked();
    expect(
      within(again[1] as HTMLElement).getByRole('radio', { name: 'Not true at all' }),
    ).toBeChecked();
  });

  it('asks each statement on its own scale, with the two non-scoring answers apart', async () => {
    await renderApp('/scan/professionalisation');
    const [fact, practice] = statements().map((group) => within(group));
    // professionalisation.q6 is a fact: how true; q7 a practice: how often.
    for (const label of [
      'Not true at all',
      'Slightly true',
      'Partly true',
      'Mostly true',
      'Completely true',
      "Don't know",
      'Not applicable',
    ]) {
      expect(fact?.getByRole('radio', { name: label })).toBeInTheDocument();
    }
    expect(fact?.queryByRole('radio', { name: 'Agree' })).not.toBeInTheDocument();
    for (const label of ['Never', 'Rarely', 'Sometimes', 'Often', 'Always']) {
      expect(practice?.getByRole('radio', { name: label })).toBeInTheDocument();
    }
    expect(practice?.queryByRole('radio', { name: 'Completely true' })).not.toBeInTheDocument();
    expect(practice?.getAllByRole('radio')).toHaveLength(7);
  });

  it("keeps don't know and not applicable apart as their own answers", async () => {
    const { user } = await renderApp('/scan/recognition');
    const groups = statements();
    await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: "Don't know" }));
    await user.click(
      within(groups[1] as HTMLElement).getByRole('radio', { name: 'Not applicable' }),
    );
    expect(screen.getByText('2 of 69 statements answered')).toBeInTheDocument();

    await reopenApp('/scan/recognition');
    const [first, second] = statements().map((group) => within(group));
    expect(first?.getByRole('radio', { name: "Don't know" })).toBeChecked();
    expect(first?.getByRole('radio', { name: 'Not applicable' })).not.toBeChecked();
    expect(second?.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    expect(second?.getByRole('radio', { name: "Don't know" })).not.toBeChecked();
    expect(screen.getByText('2 of 69 statements answered')).toBeInTheDocument();
  });

  it('explains, instead of asking, the statements the profile rules out', async () => {
    useScanStore.getState().setProfile({ sectors: ['energy'] });
    await renderApp('/scan/sectoral-vision');
    const main = within(screen.getByRole('main'));
    // Two of the five statements are about working in several sectors.
    expect(statements()).toHaveLength(3);
    const explained = main.getAllByText(
      'Marked not applicable: your collective works in one sector only.',
    );
    expect(explained).toHaveLength(2);
    expect(main.getAllByRole('link', { name: 'Change the profile' })[0]).toHaveAttribute(
      'href',
      '#/scan/profile',
    );
    // They count as answered (not applicable) in the progress.
    expect(screen.getByText('2 of 69 statements answered')).toBeInTheDocument();
  });

  it('offers the participation ladder as a choice question', async () => {
    await renderApp('/scan/sham-participation');
    const ladder = screen.getByRole('group', { name: /best describes how the municipality/i });
    expect(within(ladder).getAllByRole('radio')).toHaveLength(10);
  });

  it('jumps to any theme from the overview, which shows progress per theme', async () => {
    useScanStore.getState().setAnswer('recognition.q6', 'mostly-true');
    const { user } = await renderApp('/scan/profile');
    const overview = screen.getByRole('navigation', { name: 'All steps' });
    const link = within(overview).getByRole('link', {
      name: /Recognition by the government\s*1 of 6 answered/,
    });
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recognition by the government' }),
    ).toBeInTheDocument();
    expect(within(overview).getByRole('link', { current: 'step' })).toHaveTextContent(
      'Recognition by the government',
    );
  });

  it('the last theme leads to the results', async () => {
    await renderApp('/scan/recognition');
    expect(screen.getByRole('link', { name: /see results/i })).toHaveAttribute('href', '#/results');
  });

  it('tells the user about a step that does not exist', async () => {
    await renderApp('/scan/nonsense');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This step does not exist' }),
    ).toBeInTheDocument();
  });
});
