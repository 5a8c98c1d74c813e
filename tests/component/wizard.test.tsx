import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

/** The statement groups of the current step (each a fieldset named by its statement). */
const statements = () => within(screen.getByRole('main')).getAllByRole('group');

describe('assessment wizard', () => {
  it('answers a theme with the keyboard, goes back, and finds the answers kept', async () => {
    const { user } = await renderApp('/scan/leadership');
    expect(screen.getByRole('heading', { level: 1, name: 'Leadership' })).toBeInTheDocument();
    expect(screen.getByText(/theme 2 of 12/i)).toBeInTheDocument();

    const groups = statements();
    const first = within(groups[0] as HTMLElement);
    // Tab into the first statement and choose with the arrow keys, as a keyboard user does.
    first.getByRole('radio', { name: 'Strongly disagree' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(first.getByRole('radio', { name: 'Agree' })).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    const second = within(groups[1] as HTMLElement);
    expect(second.getByRole('radio', { name: 'Strongly disagree' })).toBeChecked();

    expect(screen.getByText('2 of 58 statements answered')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /next/i }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Professionalisation' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /back/i }));
    await screen.findByRole('heading', { level: 1, name: 'Leadership' });

    const again = statements();
    expect(within(again[0] as HTMLElement).getByRole('radio', { name: 'Agree' })).toBeChecked();
    expect(
      within(again[1] as HTMLElement).getByRole('radio', { name: 'Strongly disagree' }),
    ).toBeChecked();
  });

  it("keeps don't know and not applicable apart as their own answers", async () => {
    const { user } = await renderApp('/scan/recognition');
    const groups = statements();
    await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: "Don't know" }));
    await user.click(
      within(groups[1] as HTMLElement).getByRole('radio', { name: 'Not applicable' }),
    );
    expect(screen.getByText('2 of 58 statements answered')).toBeInTheDocument();

    await reopenApp('/scan/recognition');
    const [first, second] = statements().map((group) => within(group));
    expect(first?.getByRole('radio', { name: "Don't know" })).toBeChecked();
    expect(first?.getByRole('radio', { name: 'Not applicable' })).not.toBeChecked();
    expect(second?.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    expect(second?.getByRole('radio', { name: "Don't know" })).not.toBeChecked();
    expect(screen.getByText('2 of 58 statements answered')).toBeInTheDocument();
  });

  it('offers the participation ladder as a choice question', async () => {
    await renderApp('/scan/sham-participation');
    const ladder = screen.getByRole('group', { name: /best describes how the municipality/i });
    expect(within(ladder).getAllByRole('radio')).toHaveLength(10);
  });

  it('jumps to any theme from the overview, which shows progress per theme', async () => {
    useScanStore.getState().setAnswer('recognition.q1', 'agree');
    const { user } = await renderApp('/scan/profile');
    const overview = screen.getByRole('navigation', { name: 'All steps' });
    const link = within(overview).getByRole('link', { name: /Recognition\s*1 of 5 answered/ });
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recognition' }),
    ).toBeInTheDocument();
    expect(within(overview).getByRole('link', { current: 'step' })).toHaveTextContent(
      'Recognition',
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
