import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../helpers/render-app';

describe('projector mode', () => {
  it('shows one statement at a time and answers with the keys', async () => {
    useSettingsStore.setState({ projector: true });
    const { user } = await renderApp('/scan/leadership');
    const main = within(screen.getByRole('main'));
    expect(main.getAllByRole('group')).toHaveLength(1);
    expect(main.getByRole('group')).toHaveAccessibleName(
      /one or two people have done almost all of the board work/,
    );

    // The statement's own scale: 2 is the second answer, "Slightly true".
    await user.keyboard('2');
    expect(main.getByRole('radio', { name: 'Slightly true' })).toBeChecked();

    await user.keyboard('{ArrowRight}');
    expect(await main.findByRole('group', { name: /At least five people/ })).toBeInTheDocument();
    await user.keyboard('n');
    expect(main.getByRole('radio', { name: 'Not applicable' })).toBeChecked();

    // Both answers are kept when moving between the statements.
    await user.keyboard('{ArrowLeft}');
    expect(await main.findByRole('radio', { name: 'Slightly true' })).toBeChecked();
    await user.keyboard('{ArrowRight}');
    await main.findByRole('group', { name: /At least five people/ });
    expect(main.getByRole('radio', { name: 'Not applicable' })).toBeChecked();

    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('choose that answer (1 is the first)')).toBeInTheDocument();
  });

  it('is switched on and off from the header', async () => {
    const { user } = await renderApp('/');
    const toggle = () => screen.getByRole('button', { name: /Projector mode/ });
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('projector');
    window.location.hash = '#/scan/leadership';
    await screen.findByRole('heading', { level: 1, name: 'Shared leadership' }, { timeout: 3000 });
    const main = within(screen.getByRole('main'));
    expect(main.getAllByRole('group')).toHaveLength(1);

    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveClass('projector');
    expect(main.getAllByRole('group').length).toBeGreaterThan(1);
  });
});
