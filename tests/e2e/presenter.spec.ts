import { questionnaire } from '@/content/questionnaire';
import { allQuestions } from '@/domain/questionnaire';
import { expect, seedSessions, test } from './fixtures';

/**
 * Presenter view: the laptop keeps the controls, a second window shows the room only the
 * statement, its answers and — after reveal — the counts. Both follow each other through a
 * BroadcastChannel, offline, and either can reload.
 */
const questions = allQuestions(questionnaire);

test('a vote entered in the presenter window shows in the audience window only after reveal', async ({
  page,
  context,
}) => {
  await seedSessions(page);
  await page.goto('./#/workshop/tally-1/tally/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/.+/);
  // Open the audience window once online (its screen's code must load), then talk offline.
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open audience window' }).click(),
  ]);
  const statement = audience.getByRole('heading', { level: 1 });
  await expect(statement).toHaveText(/.+/);
  await context.setOffline(true);
  const rows = audience.getByRole('listitem');
  const countsHidden = audience.getByText('The counts appear when the facilitator shows them.');
  await expect(countsHidden).toBeVisible();
  await expect(rows.first()).not.toContainText('vote');
  // The audience window has no controls, and no header.
  await expect(audience.getByRole('button')).toHaveCount(0);

  // The presenter sees the counts as they come in, marked as hidden from the room.
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').nth(1)).toContainText('2 votes');
  await expect(page.getByRole('main').getByRole('listitem').nth(1)).toContainText(
    '(not shown to the room yet)',
  );
  await expect(page.getByText(/the counts stay hidden until you reveal them/)).toBeVisible();
  await expect(countsHidden).toBeVisible();
  await expect(rows.nth(1)).not.toContainText('2 votes');

  await page.keyboard.press('r');
  await expect(rows.nth(1)).toContainText('2 votes (100%)');
  await expect(countsHidden).toBeHidden();

  // Next statement: the room follows, counts hidden again.
  const before = (await statement.textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(statement).not.toHaveText(before);
  await expect(countsHidden).toBeVisible();
  await expect(rows.first()).not.toContainText('vote');

  // Either window can reload without losing its place.
  await context.setOffline(false);
  await audience.reload();
  await audience.waitForLoadState();
  await expect(audience.getByText(`statement 3 of ${questions.length}`)).toBeVisible();
  await page.reload();
  await expect(audience.getByText(`statement 3 of ${questions.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Presenter view' })).toBeVisible();

  // Closing the audience window: this window may be on the projector again, so counts hide here.
  await page.keyboard.press('1');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('1 vote');
  await audience.close({ runBeforeUnload: true });
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('hidden');
  await expect(page.getByRole('button', { name: 'Open audience window' })).toBeVisible();
});
