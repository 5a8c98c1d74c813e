import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

/** Opens the app on a device that still holds a scan made with the first edition of the questions. */
async function storeScanOfEdition1() {
  localStorage.setItem(
    'collective-scan:scan',
    JSON.stringify({
      version: 2,
      state: {
        questionnaireVersion: '1',
        profile: { name: 'Buurtkracht' },
        answers: {
          'leadership.q1': 'agree', // removed in edition 2
          'leadership.q2': 'disagree', // removed in edition 2
          'community-building.q5': 'agree', // unchanged
        },
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    }),
  );
  // What the app does when it starts: read the stored scan.
  useScanStore.sync.reload();
}

const notice = () =>
  screen
    .queryAllByRole('status')
    .find((status) =>
      within(status).queryByText('Answers from an earlier edition of the questions'),
    );

describe('a scan made with an earlier edition of the questions', () => {
  it('lists the answers that no longer count by their statements, keeps the others, and lets the old ones go', async () => {
    await storeScanOfEdition1();
    await renderApp('/');
    const shown = await screen.findByText('Answers from an earlier edition of the questions');
    expect(shown).toBeInTheDocument();
    const box = within(notice() as HTMLElement);
    expect(
      box.getByText(/2 of your answers belong to statements that have changed or been removed/),
    ).toBeInTheDocument();
    expect(box.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'In the last year, one or two people did almost all the board work.',
      'At least five people regularly take the lead in our activities or working groups.',
    ]);
    expect(
      box.getByText('New statements are waiting for an answer in the scan.'),
    ).toBeInTheDocument();
    // The unchanged statement still counts.
    expect(screen.getByText('You have answered 1 of 69 statements.')).toBeInTheDocument();

    // Still there after a reload, until the user lets the answers go.
    const { user } = await reopenApp('/');
    expect(
      await screen.findByText('Answers from an earlier edition of the questions'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Let these answers go' }));
    expect(
      screen.queryByText('Answers from an earlier edition of the questions'),
    ).not.toBeInTheDocument();

    await reopenApp('/');
    expect(
      screen.queryByText('Answers from an earlier edition of the questions'),
    ).not.toBeInTheDocument();
    expect(screen.getByText('You have answered 1 of 69 statements.')).toBeInTheDocument();
  });

  it('shows the kept answer in the scan, and the new statements unanswered', async () => {
    await storeScanOfEdition1();
    await renderApp('/scan/community-building');
    const main = within(screen.getByRole('main'));
    const kept = main.getByRole('group', { name: /6\./ });
    expect(within(kept).getByRole('radio', { name: 'Agree' })).toBeChecked();
    const overview = within(screen.getByRole('navigation', { name: 'All steps' }));
    expect(
      overview.getByRole('link', { name: /Strong community\s*1 of 6 answered/ }),
    ).toBeVisible();
    expect(
      overview.getByRole('link', { name: /Shared leadership\s*0 of 6 answered/ }),
    ).toBeVisible();
  });
});
