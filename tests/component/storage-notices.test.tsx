import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStorageStatus } from '@/stores/storage-status';
import { renderApp } from '../helpers/render-app';

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
    useStorageStatus.getState().report('collective-scan:scan', { kind: 'unsaved', error: 'quota' });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByText('Niet bewaard op dit apparaat')).toBeInTheDocument();
  });
});
