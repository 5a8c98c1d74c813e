import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, reopenApp } from '../helpers/render-app';

describe('language switch', () => {
  it('switches to Dutch mid-way and keeps the answers', async () => {
    const { user } = await renderApp('/scan/member-loyalty');
    const main = () => within(screen.getByRole('main'));
    await user.click(main().getAllByRole('radio', { name: 'Agree' })[0] as HTMLElement);
    // The second statement is a fact, on the how-true scale.
    await user.click(main().getAllByRole('radio', { name: 'Mostly true' })[0] as HTMLElement);

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trouwe leden' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(main().getAllByRole('radio', { name: 'Eens' })[0]).toBeChecked();
    expect(main().getAllByRole('radio', { name: 'Klopt grotendeels' })[0]).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loyal members' }),
    ).toBeInTheDocument();
    expect(main().getAllByRole('radio', { name: 'Agree' })[0]).toBeChecked();
    expect(main().getAllByRole('radio', { name: 'Mostly true' })[0]).toBeChecked();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the language chosen last time', async () => {
    const { user } = await renderApp('/scan/member-loyalty');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    await screen.findByRole('heading', { level: 1, name: 'Trouwe leden' });

    await reopenApp('/scan/member-loyalty');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trouwe leden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the start page in Dutch', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hoe toekomstbestendig is je collectief?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Begin met de scan' })).toBeInTheDocument();
    expect(screen.getByText(/blijven op dit apparaat/, { selector: 'li' })).toBeInTheDocument();
  });
});
