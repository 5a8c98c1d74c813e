import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '@/stores/session-store';
import { renderApp } from '../helpers/render-app';

/** Screens load their code lazily: the first visit to one may take a moment. */
const LAZY = { timeout: 3000 };

describe('pass the laptop', () => {
  it('gives each respondent a fresh form and keeps earlier answers hidden', async () => {
    const id = useSessionStore.getState().createSession('Care collective', 'laptop');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Next respondent: fresh form' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sound finances' }, LAZY),
    ).toBeInTheDocument();
    const main = () => within(screen.getByRole('main'));
    // Three of the theme's six statements: enough for a theme score.
    for (const radio of main().getAllByRole('radio', { name: 'Mostly true' }).slice(0, 3)) {
      await user.click(radio);
    }
    // No profile step for a respondent; the overview starts with the themes.
    expect(
      within(screen.getByRole('navigation', { name: 'All steps' })).queryByText(
        'About your collective',
      ),
    ).toBeNull();

    window.location.hash = `#/workshop/${id}`;
    expect(
      await screen.findByText('Respondent 1 · 3 of 69 answered', {}, LAZY),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next respondent: fresh form' }));
    await screen.findByRole('heading', { level: 1, name: 'Sound finances' });
    for (const radio of main().getAllByRole('radio')) expect(radio).not.toBeChecked();

    window.location.hash = `#/workshop/${id}`;
    expect(await screen.findByRole('heading', { name: '2 respondents' })).toBeInTheDocument();
    expect(screen.getByText('Respondent 1 · 3 of 69 answered')).toBeInTheDocument();
    expect(screen.getByText('Respondent 2 · 0 of 69 answered')).toBeInTheDocument();

    // The group results hold the first respondent's "Mostly true" (75); the device's own scan
    // has nothing.
    await user.click(screen.getByRole('link', { name: 'See group results' }));
    const table = await screen.findByRole(
      'table',
      { name: 'Group scores per theme (0–100, higher = stronger)' },
      LAZY,
    );
    const row = (name: RegExp) => within(within(table).getByRole('row', { name }));
    const financing = row(/^1\. Sound finances/);
    expect(financing.getAllByRole('cell')[0]).toHaveTextContent('75');
    expect(financing.getAllByRole('cell')[1]).toHaveTextContent('Strong');
    expect(row(/^2\. Shared leadership/).getByRole('cell')).toHaveTextContent('Too few answers');
    window.location.hash = '#/';
    expect(await screen.findByRole('link', { name: 'Start the scan' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByText(/You have answered/)).not.toBeInTheDocument();
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
