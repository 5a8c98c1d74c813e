import { screen, within } from '@testing-library/react';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { CARD_THEMES_V1, makeCard } from '@/domain/exchange-card';
import { useMatchmakingStore } from '@/stores/matchmaking-store';
import { useScanStore } from '@/stores/scan-store';
import { makeAnswers } from '../helpers/answers';
import { renderApp, reopenApp } from '../helpers/render-app';

/** A finished scan: "Healthy inflow" (member-recruitment) answered lowest, leadership highest. */
function seedScan() {
  useScanStore.getState().replaceScan({
    profile: { name: 'Buurtkracht', sectors: ['energy'], members: 90, scale: 'district' },
    answers: makeAnswers((themeId) =>
      themeId === 'member-recruitment' ? 0 : themeId === 'leadership' ? 4 : 2,
    ),
  });
}

const otherCard = makeCard({
  id: 'zonnedak',
  madeAt: '2026-11-20T10:00:00.000Z',
  profile: { name: 'Zonnedak', sectors: ['energy'], members: 120, scale: 'district' },
  scores: Object.fromEntries(CARD_THEMES_V1.map((theme) => [theme, 80])),
  strongest: ['member-recruitment'],
  weakest: ['leadership'],
  lines: { examples: { 'member-recruitment': 'A task list per month' }, questions: {} },
  fallbackName: 'x',
});
const otherLink = `http://127.0.0.1/#/card/${compressToEncodedURIComponent(JSON.stringify(otherCard))}`;

describe('the exchange card', () => {
  it('shows what the board writes on the card, keeps it, and puts it in the link without answers', async () => {
    seedScan();
    const { user } = await renderApp('/card');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Exchange card of Buurtkracht' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Place or municipality'), 'Zwolle');
    await user.type(
      screen.getByLabelText('Question about Healthy inflow'),
      'How do you find volunteers?',
    );
    const card = within(screen.getByRole('article', { name: 'Exchange card' }));
    expect(card.getByText('How do you find volunteers?')).toBeInTheDocument();
    expect(card.getByText(/Zwolle/)).toBeInTheDocument();

    const link = (screen.getByLabelText('Link to your card') as HTMLInputElement).value;
    const json = JSON.parse(
      decompressFromEncodedURIComponent(link.split('#/card/')[1] ?? '') ?? '',
    );
    expect(json).toMatchObject({
      name: 'Buurtkracht',
      place: 'Zwolle',
      learn: expect.arrayContaining([
        { theme: 'member-recruitment', line: 'How do you find volunteers?' },
      ]),
    });
    expect(JSON.stringify(json)).not.toContain('answers');

    await reopenApp('/card');
    expect(screen.getByLabelText('Place or municipality')).toHaveValue('Zwolle');
    expect(screen.getByLabelText('Question about Healthy inflow')).toHaveValue(
      'How do you find volunteers?',
    );
  });

  it('asks for the scan first when there are no answers', async () => {
    await renderApp('/card');
    expect(
      screen.getByText('Your exchange card is made from your results. Do the scan first.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the scan' })).toBeInTheDocument();
  });

  it('shows a card received as a link and adds it to matchmaking only when asked', async () => {
    const { user } = await renderApp(`/card/${otherLink.split('#/card/')[1]}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Exchange card received' }),
    ).toBeInTheDocument();
    expect(screen.getByText('A task list per month')).toBeInTheDocument();
    expect(useMatchmakingStore.getState().cards).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add to matchmaking' }));
    expect(screen.getByRole('status')).toHaveTextContent('Added to matchmaking.');
    expect(useMatchmakingStore.getState().cards.map((card) => card.name)).toEqual(['Zonnedak']);
  });

  it('says so when a card link is broken', async () => {
    await renderApp('/card/not-a-card');
    expect(screen.getByRole('alert')).toHaveTextContent(/does not hold a card/);
  });
});

describe('regional matchmaking', () => {
  it('adds pasted card links once per collective and names the collectives to call', async () => {
    seedScan();
    const { user } = await renderApp('/card');
    await user.type(
      screen.getByLabelText('Question about Healthy inflow'),
      'How do you find volunteers?',
    );
    const ownLink = (screen.getByLabelText('Link to your card') as HTMLInputElement).value;

    window.location.hash = '#/matchmaking';
    await screen.findByRole('heading', { level: 1, name: 'Regional matchmaking' });
    await user.click(screen.getByLabelText('Card links, one per line'));
    await user.paste(`${ownLink}\n${otherLink}\n${otherLink}\nhttp://127.0.0.1/#/card/broken`);
    await user.click(screen.getByRole('button', { name: 'Add cards' }));
    const log = within(screen.getByRole('log', { name: 'Cards opened' }));
    expect((await log.findAllByRole('listitem')).map((item) => item.textContent)).toEqual([
      '⚠ Not used (4): not a card link of this app',
      '✓ Added Buurtkracht',
      '✓ Added Zonnedak',
      '= Already in: Zonnedak',
    ]);
    expect(await screen.findByRole('heading', { name: '2 collectives' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Theme'), 'Healthy inflow');
    const list = screen.getByRole('list', {
      name: 'Collectives for Buurtkracht to call about Healthy inflow',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Zonnedak · score 80“A task list per month”']);
  });
});
