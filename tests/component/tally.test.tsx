import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '@/stores/session-store';
import { renderApp, reopenApp } from '../helpers/render-app';

/** The count shown for each answer option of the statement, in screen order. */
const shownCounts = () =>
  screen.getAllByRole('listitem').map((option) => {
    const text = option.textContent ?? '';
    return text.match(/\d+ votes? \(\d+%\)|hidden/)?.[0] ?? text;
  });

describe('tally in the room', () => {
  it('counts votes with the keyboard, keeps them hidden, and reveals them on R', async () => {
    const id = useSessionStore.getState().createSession('Board evening', 'tally');
    const { user } = await renderApp(`/workshop/${id}/tally/1`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'We have enough reserves to pay our fixed costs for at least six months',
    );
    // A statement of fact: the how-true scale, with don't know and not applicable apart.
    expect(screen.getAllByRole('listitem').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Not true at all'),
      expect.stringContaining('Slightly true'),
      expect.stringContaining('Partly true'),
      expect.stringContaining('Mostly true'),
      expect.stringContaining('Completely true'),
      expect.stringContaining("Don't know"),
      expect.stringContaining('Not applicable'),
    ]);

    await user.keyboard('4455d');
    expect(screen.getByText(/5 votes counted · counts hidden/)).toBeInTheDocument();
    const options = screen.getAllByRole('listitem');
    expect(within(options[3] as HTMLElement).getByText('hidden')).toBeInTheDocument();
    expect(screen.queryByText(/2 votes \(40%\)/)).not.toBeInTheDocument();

    await user.keyboard('r');
    expect(screen.getByText(/counts shown/)).toBeInTheDocument();
    expect(within(options[3] as HTMLElement).getByText('2 votes (40%)')).toBeInTheDocument();
    expect(within(options[5] as HTMLElement).getByText('1 vote (20%)')).toBeInTheDocument();

    // Corrections with the buttons, reachable by keyboard and mouse.
    await user.click(
      within(options[3] as HTMLElement).getByRole('button', { name: /vote less for Mostly true/ }),
    );
    expect(within(options[3] as HTMLElement).getByText('1 vote (25%)')).toBeInTheDocument();
    expect(screen.getByText(/4 votes counted · counts shown/)).toBeInTheDocument();
    // Not true at all … completely true, don't know, not applicable.
    const afterCorrection = [
      '0 votes (0%)',
      '0 votes (0%)',
      '0 votes (0%)',
      '1 vote (25%)',
      '2 votes (50%)',
      '1 vote (25%)',
      '0 votes (0%)',
    ];
    expect(shownCounts()).toEqual(afterCorrection);

    // The counts and the reveal are kept with the session.
    const again = await reopenApp(`/workshop/${id}/tally/1`);
    expect(screen.getByText(/4 votes counted · counts shown/)).toBeInTheDocument();
    expect(shownCounts()).toEqual(afterCorrection);

    await again.user.keyboard('{ArrowRight}');
    expect(
      await screen.findByText(/statement 2 of 69 · 0 votes counted · counts hidden/),
    ).toBeInTheDocument();
    await again.user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('notes gently, after the reveal, when the votes do not match the people in the room', async () => {
    const id = useSessionStore.getState().createSession('Board evening', 'tally');
    const { user } = await renderApp(`/workshop/${id}/tally/1`);
    await user.type(screen.getByLabelText('People in the room'), '5');
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('123');
    expect(screen.queryByText(/from 5 people/)).not.toBeInTheDocument();
    await user.keyboard('r');
    expect(
      screen.getByText('3 votes from 5 people: 2 have not voted yet, or chose not to.'),
    ).toBeInTheDocument();
    await user.keyboard('4455');
    expect(
      screen.getByText('7 votes from 5 people: some may have voted twice, or more people came in.'),
    ).toBeInTheDocument();
    // Each answer shows its count and a bar; the bar is for the eye, the number for everyone.
    const second = screen.getAllByRole('listitem')[1] as HTMLElement;
    expect(second).toHaveTextContent('1 vote (14%)');
    // The number of people is kept with the session.
    await reopenApp(`/workshop/${id}/tally/1`);
    expect(screen.getByLabelText('People in the room')).toHaveValue(5);
  });

  it('says so when the browser blocks the audience window', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const id = useSessionStore.getState().createSession('Board evening', 'tally');
    const { user } = await renderApp(`/workshop/${id}/tally/1`);
    await user.click(screen.getByRole('button', { name: 'Open audience window' }));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`#/room/${id}$`)),
      'collective-scan-audience',
      'popup',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your browser blocked the audience window. Allow pop-ups for this app and try again.',
    );
    // Counts stay hidden on this screen: it is still the one the room may see.
    await user.keyboard('1');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('hidden');
    open.mockRestore();
  });

  it('works in Dutch', async () => {
    const id = useSessionStore.getState().createSession('Ledenavond', 'tally');
    const { user } = await renderApp(`/workshop/${id}/tally/1`);
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    await user.keyboard('3');
    expect(await screen.findByText(/1 stem geteld · aantallen verborgen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat de aantallen zien' }));
    expect(screen.getByText('1 stem (100%)')).toBeInTheDocument();
  });
});
