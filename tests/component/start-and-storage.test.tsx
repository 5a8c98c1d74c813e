import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { useStorageStatus } from '@/stores/storage-status';
import { renderApp } from '../helpers/render-app';

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
  });

  it('offers to continue, and start over asks first and then removes the answers', async () => {
    useScanStore.getState().setAnswer('leadership.q1', 'agree');
    const { user } = await renderApp('/');
    expect(screen.getByText('You have answered 1 of 58 statements.')).toBeInTheDocument();
    const main = within(screen.getByRole('main'));

    await user.click(main.getByRole('button', { name: 'Start over' }));
    const dialog = screen.getByRole('dialog', { name: 'Start over?' });
    await user.click(within(dialog).getByRole('button', { name: 'No, keep my answers' }));
    expect(useScanStore.getState().answers).toEqual({ 'leadership.q1': 'agree' });

    await user.click(main.getByRole('button', { name: 'Start over' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Start over?' })).getByRole('button', {
        name: 'Yes, remove my answers',
      }),
    );
    expect(useScanStore.getState().answers).toEqual({});
    expect(await screen.findByRole('link', { name: 'Start the scan' })).toBeInTheDocument();
  });
});

describe('storage notices', () => {
  it('tells the user when saved data could not be read, and offers it as a download', async () => {
    useStorageStatus.getState().report('collective-scan:scan', {
      kind: 'corrupt',
      raw: '{broken',
      backupKey: 'collective-scan:scan:backup',
    });
    const { user } = await renderApp('/');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Your saved answers could not be read')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Download saved data' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Close message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns in Dutch when nothing can be saved', async () => {
    useStorageStatus
      .getState()
      .report('collective-scan:scan', { kind: 'unsaved', reason: 'quota' });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByText('Niet bewaard op dit apparaat')).toBeInTheDocument();
  });
});
