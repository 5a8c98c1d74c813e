import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { useScanStore } from '@/stores/scan-store';
import { useSessionStore } from '@/stores/session-store';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../helpers/render-app';

describe('tally in the room', () => {
  it('counts votes with the keyboard, keeps them hidden, and reveals them on R', async () => {
    const id = useSessionStore.getState().createSession('Board evening', 'tally');
    const { user } = await renderApp(`/workshop/${id}/tally/1`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('We have reserves');

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
      within(options[3] as HTMLElement).getByRole('button', { name: /vote less for Agree/ }),
    );
    expect(within(options[3] as HTMLElement).getByText('1 vote (25%)')).toBeInTheDocument();
    expect(useSessionStore.getState().sessions[0]?.tally['financing-perspective.q1']).toEqual({
      agree: 1,
      'strongly-agree': 2,
      'dont-know': 1,
    });

    await user.keyboard('{ArrowRight}');
    expect(
      await screen.findByText(/statement 2 of 58 · 0 votes counted · counts hidden/),
    ).toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
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

describe('projector mode', () => {
  it('shows one statement at a time and answers with the keys', async () => {
    useSettingsStore.setState({ projector: true });
    const { user } = await renderApp('/scan/leadership');
    const main = within(screen.getByRole('main'));
    expect(main.getAllByRole('group')).toHaveLength(1);
    expect(main.getByRole('group')).toHaveAccessibleName(
      /one or two people did almost all the board work/,
    );

    await user.keyboard('2');
    expect(main.getByRole('radio', { name: 'Disagree' })).toBeChecked();
    expect(useScanStore.getState().answers['leadership.q1']).toBe('disagree');

    await user.keyboard('{ArrowRight}');
    expect(await main.findByRole('group', { name: /At least five people/ })).toBeInTheDocument();
    await user.keyboard('n');
    expect(useScanStore.getState().answers['leadership.q2']).toBe('not-applicable');
    await user.keyboard('{ArrowLeft}');
    expect(await main.findByRole('radio', { name: 'Disagree' })).toBeChecked();

    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('choose that answer (1 is the first)')).toBeInTheDocument();
  });

  it('is switched on and off from the header', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /Projector mode/ }));
    expect(document.documentElement).toHaveClass('projector');
    expect(useSettingsStore.getState().projector).toBe(true);
    await user.click(screen.getByRole('button', { name: /Projector mode/ }));
    expect(document.documentElement).not.toHaveClass('projector');
  });
});

describe('merging shared answers', () => {
  it('adds pasted links, counts the same person once, and explains a broken one', async () => {
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    const answers = encodeAnswers(questionnaire, { 'leadership.q1': 'agree' });
    const { compressToEncodedURIComponent } = await import('lz-string');
    const link = (respondentId: string) =>
      `http://127.0.0.1/#/join/${compressToEncodedURIComponent(
        JSON.stringify({
          format: 'collective-scan-answers',
          version: 1,
          questionnaireVersion: '1',
          respondentId,
          answers,
          sharedAt: '2026-11-01',
        }),
      )}`;
    await user.type(
      screen.getByLabelText('Paste one or more links (one per line)'),
      `${link('a')}\n${link('b')}\n${link('a')}\nhttp://127.0.0.1/#/join/broken`,
    );
    await user.click(screen.getByRole('button', { name: 'Add these links' }));
    expect(screen.getByText('Added 2 new, updated 1 already in this session.')).toBeInTheDocument();
    expect(screen.getByText('4: The link or file is damaged or cut off.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 respondents' })).toBeInTheDocument();
  });
});

describe('pass the laptop', () => {
  it('gives each respondent a fresh form and keeps earlier answers hidden', async () => {
    const id = useSessionStore.getState().createSession('Care collective', 'laptop');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Next respondent: fresh form' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Financing perspective' }),
    ).toBeInTheDocument();
    const main = () => within(screen.getByRole('main'));
    await user.click(main().getAllByRole('radio', { name: 'Agree' })[0] as HTMLElement);
    // No profile step for a respondent; the overview starts with the themes.
    expect(
      within(screen.getByRole('navigation', { name: 'All steps' })).queryByText(
        'About your collective',
      ),
    ).toBeNull();

    window.location.hash = `#/workshop/${id}`;
    expect(await screen.findByText('Respondent 1 · 1 of 58 answered')).toBeInTheDocument();
    expect(useScanStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Next respondent: fresh form' }));
    await screen.findByRole('heading', { level: 1, name: 'Financing perspective' });
    for (const radio of main().getAllByRole('radio')) expect(radio).not.toBeChecked();
    const session = useSessionStore.getState().sessions[0];
    expect(session?.respondents).toHaveLength(2);
    expect(session?.respondents[0]?.answers.startsWith('3')).toBe(true);
  });

  it('the last theme hands the laptop on', async () => {
    const id = useSessionStore.getState().createSession('Care collective', 'laptop');
    const respondent = useSessionStore.getState().addLaptopRespondent(id);
    await renderApp(`/workshop/${id}/answer/${respondent}/recognition`);
    expect(screen.getByRole('link', { name: /Done: hand the laptop on/ })).toHaveAttribute(
      'href',
      `#/workshop/${id}`,
    );
  });
});
