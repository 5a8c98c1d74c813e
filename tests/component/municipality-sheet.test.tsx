import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_TEXT_LIMITS } from '@/domain/sheet-schema';
import { useScanStore } from '@/stores/scan-store';
import { extremeAnswer, makeAnswers } from '../helpers/answers';
import { renderApp, reopenApp } from '../helpers/render-app';

/**
 * A scan in which the government themes are weak except genuine participation (strong); the board
 * placed the municipality on the "consultation" rung of the ladder.
 */
function seedScan() {
  const answers = makeAnswers(() => 0);
  for (const id of Object.keys(answers)) {
    answers[id] = extremeAnswer(id, id.startsWith('sham-participation') ? 'high' : 'low');
  }
  answers['sham-participation.q5'] = 'consultation';
  useScanStore.setState({
    answers,
    profile: { name: 'Buurtkracht', members: 90, sectors: ['energy', 'care'] },
  });
}

beforeAll(async () => {
  await import('@/features/municipality/municipality-page');
});

describe('conversation sheet for the municipality', () => {
  it('starts from the scores: tips for weak themes, three suggested questions, the rung from the scan', async () => {
    seedScan();
    await renderApp('/municipality');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Conversation sheet for the municipality',
      }),
    ).toBeInTheDocument();
    // Broad view is weak: its tip asks for examples in other policy areas.
    expect(
      screen.getByText(/The municipality seems to see only one side of your work/),
    ).toBeInTheDocument();
    // Participation is strong: its tip is about keeping what works.
    expect(screen.getByText(/The municipality involves you well/)).toBeInTheDocument();
    // The three weakest of the four themes suggest a question each, all three at 0: the one with
    // the most counted answers first (recognition, six), then questionnaire order. Participation,
    // the strongest, suggests none.
    expect(screen.getByLabelText('Question 1')).toHaveValue(
      'Can we have a fixed contact person at the municipality who knows our collective?',
    );
    expect(screen.getByLabelText('Question 2')).toHaveValue(
      'Who at the municipality can look at our work across departments, and bring the right officials to one table?',
    );
    expect(screen.getByLabelText('Question 3')).toHaveValue(
      'Can we get one contact person who guides us through all the permits and rules for our plans?',
    );
    expect(screen.getByLabelText('How the municipality involves us now')).toHaveValue(
      'consultation',
    );
    // Nothing is required, and the printed sheet shows the scores in words.
    for (const box of screen.getAllByRole('textbox')) expect(box).not.toBeRequired();
    const sheet = screen.getByRole('article', { name: /Conversation with the municipality/ });
    expect(
      within(sheet).getByRole('row', { name: /Genuine participation \d+ Strong/ }),
    ).toBeVisible();
    expect(
      within(sheet).getByRole('row', { name: /Workable rules \d+ Needs attention/ }),
    ).toBeVisible();
    expect(within(sheet).getByText(/Higher = stronger/)).toBeInTheDocument();
  });

  it('shows each limit as a count, stops typing at the limit, and keeps everything after a reload', async () => {
    seedScan();
    const { user } = await renderApp('/municipality');
    const contribution = await screen.findByLabelText('Examples of what we contribute');
    expect(contribution).toHaveAccessibleDescription(
      `0 of ${SHEET_TEXT_LIMITS.contribution} characters`,
    );
    await user.type(contribution, 'We run the repair café.');
    expect(contribution).toHaveAccessibleDescription(
      `23 of ${SHEET_TEXT_LIMITS.contribution} characters`,
    );
    const counter = screen.getAllByLabelText('Desks or departments involved')[0];
    if (!counter) throw new Error('no counter field');
    await user.click(counter);
    await user.paste('x'.repeat(SHEET_TEXT_LIMITS.counter1 + 20));
    expect(counter).toHaveValue('x'.repeat(SHEET_TEXT_LIMITS.counter1));
    expect(counter).toHaveAccessibleDescription(
      `${SHEET_TEXT_LIMITS.counter1} of ${SHEET_TEXT_LIMITS.counter1} characters`,
    );
    await user.click(screen.getByRole('checkbox', { name: /The right to challenge/ }));
    await user.selectOptions(screen.getByLabelText('How we want to be involved'), '6. Partnership');
    expect(
      screen.getByText(
        'We make plans and decisions together with the municipality, as equal partners.',
      ),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Question 2'));

    await reopenApp('/municipality');
    expect(await screen.findByLabelText('Examples of what we contribute')).toHaveValue(
      'We run the repair café.',
    );
    expect(screen.getAllByLabelText('Desks or departments involved')[0]).toHaveValue(
      'x'.repeat(SHEET_TEXT_LIMITS.counter1),
    );
    expect(screen.getByRole('checkbox', { name: /The right to challenge/ })).toBeChecked();
    expect(screen.getByLabelText('How we want to be involved')).toHaveValue('partnership');
    // A question emptied on purpose stays empty; the others still follow the scores.
    expect(screen.getByLabelText('Question 2')).toHaveValue('');
    expect(screen.getByLabelText('Question 1')).not.toHaveValue('');
    const sheet = screen.getByRole('article', { name: /Conversation with the municipality/ });
    expect(within(sheet).getByText('We run the repair café.')).toBeInTheDocument();
    expect(within(sheet).getAllByRole('listitem')).toHaveLength(1 + 2);
  });

  it('reads in Dutch, with "je" and the Dutch ladder', async () => {
    seedScan();
    const { user } = await renderApp('/municipality');
    await screen.findByLabelText('Question 1');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gespreksblad voor de gemeente' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Bereid een gesprek voor/)).toHaveTextContent(/je/);
    expect(screen.getByLabelText('Vraag 2')).toHaveValue(
      'Wie bij de gemeente kan ons werk over de afdelingen heen bekijken en de juiste ambtenaren aan één tafel zetten?',
    );
    expect(
      within(screen.getByLabelText('Hoe we willen meedoen')).getByRole('option', {
        name: '8. Zeggenschap door burgers',
      }),
    ).toBeInTheDocument();
  });
});
