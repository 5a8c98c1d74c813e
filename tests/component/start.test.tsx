import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

describe('start page', () => {
  it('says what the scan is, how long it takes and where the answers stay', async () => {
    await renderApp('/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'How future-proof is your collective?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/about 20 minutes/)).toBeInTheDocument();
    expect(
      screen.getByText(/Your answers stay on this device. There is no account/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the scan' })).toHaveAttribute(
      'href',
      '#/scan/profile',
    );
    // Nothing stored yet: nothing to start over, neither on the page nor in the footer.
    expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
  });

  it('offers to continue, and start over asks first and then removes the answers', async () => {
    useScanStore.getState().setAnswer('leadership.q6', 'mostly-true');
    const { user } = await renderApp('/');
    expect(screen.getByText('You have answered 1 of 69 statements.')).toBeInTheDocument();
    // The wizard sends "resume" on to the first unanswered statement (wizard-resume.test.tsx).
    expect(screen.getByRole('link', { name: 'Continue the scan' })).toHaveAttribute(
      'href',
      '#/scan/resume',
    );
    const main = within(screen.getByRole('main'));

    await user.click(main.getByRole('button', { name: 'Start over' }));
    const dialog = screen.getByRole('dialog', { name: 'Start over?' });
    await user.click(within(dialog).getByRole('button', { name: 'No, keep my answers' }));
    expect(screen.getByText('You have answered 1 of 69 statements.')).toBeInTheDocument();

    await user.click(main.getByRole('button', { name: 'Start over' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Start over?' })).getByRole('button', {
        name: 'Yes, remove my answers',
      }),
    );
    expect(await screen.findByRole('link', { name: 'Start the scan' })).toBeInTheDocument();
    expect(screen.queryByText(/You have answered/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();

    // The answer is gone from the statement itself, also after opening the app again.
    await reopenApp('/scan/leadership');
    const first = within(within(screen.getByRole('main')).getAllByRole('group')[0] as HTMLElement);
    expect(first.getByRole('radio', { name: 'Mostly true' })).not.toBeChecked();
    for (const radio of first.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(screen.getByText('0 of 69 statements answered')).toBeInTheDocument();
  });
});
