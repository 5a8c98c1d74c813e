import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepData } from '@/features/data/keep-data';
import { BackupReminder } from '@/features/start/backup-reminder';
import { useBackupReminderStore } from '@/stores/backup-reminder-store';
import { useScanStore } from '@/stores/scan-store';
import { reloadStores } from '../helpers/stores';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const DAY = 24 * 60 * 60 * 1000;

/** An answer given now (stamped by the stores' own clock), the app opened again `days` later. */
function answeredThenOpened(days: number) {
  useScanStore.getState().setAnswer('leadership.q1', 'agree');
  const answeredAt = Date.now();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(answeredAt + days * DAY));
  reloadStores();
  return answeredAt;
}

describe('the backup reminder', () => {
  it('reminds once after days unsaved; closing it is remembered after a reload', async () => {
    const answeredAt = answeredThenOpened(4);
    const day = new Date(answeredAt).toLocaleDateString('en', { dateStyle: 'long' });
    const user = userEvent.setup();
    render(<BackupReminder />);
    expect(screen.getByText('Save a copy of your answers')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`you last changed them on ${day}\\.`))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Save a copy' })).toHaveAttribute('href', '/data');
    await user.click(screen.getByRole('button', { name: "Don't remind me again" }));
    expect(screen.queryByText('Save a copy of your answers')).not.toBeInTheDocument();
    cleanup();
    reloadStores();
    render(<BackupReminder />);
    expect(screen.queryByText('Save a copy of your answers')).not.toBeInTheDocument();
  });

  it('says nothing the day after answering, nor after a backup file was saved', () => {
    const answeredAt = answeredThenOpened(1);
    render(<BackupReminder />);
    expect(screen.queryByText('Save a copy of your answers')).not.toBeInTheDocument();
    cleanup();
    useBackupReminderStore.getState().noteSaved(new Date(answeredAt + DAY));
    vi.setSystemTime(new Date(answeredAt + 20 * DAY));
    reloadStores();
    render(<BackupReminder />);
    expect(screen.queryByText('Save a copy of your answers')).not.toBeInTheDocument();
  });
});

describe('whether this browser keeps the data (Your data page)', () => {
  it('shows "not for certain" and asks the browser on a click', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => false, persist },
    });
    const user = userEvent.setup();
    render(<KeepData />);
    expect(
      await screen.findByText(/^Not for certain: this browser may delete/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No copy has been saved as a file from this device yet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText(/^Yes: this browser has promised/)).toBeInTheDocument();
  });

  it('says so where the browser cannot tell (no StorageManager, as in some WebKit builds)', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    render(<KeepData />);
    expect(
      await screen.findByText(/^This browser does not say whether it keeps/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ask the browser to keep it' }),
    ).not.toBeInTheDocument();
  });
});
