import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

describe('profile step', () => {
  it('shows inline messages for wrong values and keeps the other fields', async () => {
    const { user } = await renderApp('/scan/profile');
    await user.type(screen.getByLabelText('Name of the collective (optional)'), 'Zonnedak Noord');
    await user.click(screen.getByRole('checkbox', { name: 'Energy' }));
    await user.selectOptions(screen.getByLabelText('Legal form'), 'Cooperative');
    await user.type(screen.getByLabelText('Number of members'), '12a');
    await user.type(screen.getByLabelText('Number of active volunteers'), 'ten');
    await user.selectOptions(screen.getByLabelText('Paid staff'), 'Some paid staff');
    await user.type(screen.getByLabelText('Year founded'), '2999');
    await user.tab();

    expect(await screen.findByText('Use digits only, for example 120.')).toBeInTheDocument();
    expect(screen.getByText('Use digits only, for example 15.')).toBeInTheDocument();
    expect(screen.getByLabelText('Number of active volunteers')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('The year cannot be in the future.')).toBeInTheDocument();
    expect(screen.getByLabelText('Number of members')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Number of members')).toHaveAccessibleDescription(
      /Use digits only/,
    );
    expect(screen.getByLabelText('Name of the collective (optional)')).toHaveValue(
      'Zonnedak Noord',
    );
    expect(screen.getByLabelText('Legal form')).toHaveValue('cooperative');

    // Valid fields are saved; the wrong ones are not.
    const again = await reopenApp('/scan/profile');
    const members = () => screen.getByLabelText('Number of members');
    expect(screen.getByLabelText('Name of the collective (optional)')).toHaveValue(
      'Zonnedak Noord',
    );
    expect(screen.getByRole('checkbox', { name: 'Energy' })).toBeChecked();
    expect(screen.getByLabelText('Legal form')).toHaveValue('cooperative');
    expect(screen.getByLabelText('Paid staff')).toHaveValue('some');
    expect(members()).toHaveValue('');
    expect(screen.getByLabelText('Number of active volunteers')).toHaveValue('');
    expect(screen.getByLabelText('Year founded')).toHaveValue('');

    // A corrected number loses its message and is saved.
    await again.user.type(members(), '12a');
    await again.user.tab();
    expect(await screen.findByText('Use digits only, for example 120.')).toBeInTheDocument();
    await again.user.clear(members());
    await again.user.type(members(), '120');
    await again.user.tab();
    expect(screen.queryByText('Use digits only, for example 120.')).not.toBeInTheDocument();
    await reopenApp('/scan/profile');
    expect(members()).toHaveValue('120');
  });

  it('next validates first and names what is missing, in Dutch too', async () => {
    const { user } = await renderApp('/scan/profile');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    await user.click(await screen.findByRole('button', { name: /Volgende/ }));
    expect(await screen.findByText('Kies minstens één werkveld.')).toBeInTheDocument();
    expect(screen.getByText('Vul het aantal leden in.')).toBeInTheDocument();
    expect(screen.getByText('Vul het aantal actieve vrijwilligers in.')).toBeInTheDocument();
    expect(
      screen.getByText('Kies of het collectief betaalde medewerkers heeft.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Over je collectief' }),
    ).toBeInTheDocument();
  });

  it('goes to the first theme when the profile is complete, and shows saved values after a reload', async () => {
    const { user } = await renderApp('/scan/profile');
    await user.click(screen.getByRole('checkbox', { name: 'Food' }));
    await user.selectOptions(screen.getByLabelText('Legal form'), 'Association');
    await user.type(screen.getByLabelText('Number of members'), '60');
    await user.type(screen.getByLabelText('Number of active volunteers'), '0');
    await user.selectOptions(screen.getByLabelText('Paid staff'), 'No paid staff');
    await user.type(screen.getByLabelText('Year founded'), '2012');
    await user.selectOptions(
      screen.getByLabelText('Where are you active?'),
      'A district or neighbourhood',
    );
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sound finances' }),
    ).toBeInTheDocument();

    await reopenApp('/scan/profile');
    expect(screen.getByLabelText('Number of members')).toHaveValue('60');
    expect(screen.getByLabelText('Number of active volunteers')).toHaveValue('0');
    expect(screen.getByLabelText('Paid staff')).toHaveValue('none');
    expect(screen.getByRole('checkbox', { name: 'Food' })).toBeChecked();
    const overview = screen.getByRole('navigation', { name: 'All steps' });
    expect(within(overview).getByRole('link', { name: /About your collective/ })).toHaveTextContent(
      'filled in',
    );
  });

  it('asks a profile saved before volunteers and paid staff were asked for those two', async () => {
    useScanStore.setState({
      profile: {
        sectors: ['food'],
        legalForm: 'association',
        members: 60,
        founded: 2012,
        scale: 'district',
      },
    });
    const { user } = await renderApp('/scan/profile');
    expect(screen.getByLabelText('Number of members')).toHaveValue('60');
    expect(screen.getByRole('checkbox', { name: 'Food' })).toBeChecked();
    const overview = screen.getByRole('navigation', { name: 'All steps' });
    expect(within(overview).getByRole('link', { name: /About your collective/ })).toHaveTextContent(
      'not finished',
    );
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Fill in the number of active volunteers.')).toBeInTheDocument();
    expect(screen.getByText('Choose whether the collective has paid staff.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'About your collective' }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Number of active volunteers'), '8');
    await user.selectOptions(screen.getByLabelText('Paid staff'), 'Some paid staff');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sound finances' }),
    ).toBeInTheDocument();
  });
});
