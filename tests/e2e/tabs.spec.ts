import { expect, statements, test } from './fixtures';

test('two tabs: answers given in one appear in the other, and neither overwrites the other', async ({
  page,
}) => {
  const other = await page.context().newPage();
  await page.goto('./#/scan/recognition');
  await other.goto('./#/scan/recognition');
  await expect(
    other.getByRole('heading', { level: 1, name: 'Recognition by the government' }),
  ).toBeVisible();

  // Tab 1 answers the first statement (how true); tab 2 sees it without doing anything.
  await statements(page).nth(0).getByRole('radio', { name: 'Mostly true' }).check();
  await expect(statements(other).nth(0).getByRole('radio', { name: 'Mostly true' })).toBeChecked();
  await expect(
    other.getByRole('status').getByText('Answers were updated from another tab or window.'),
  ).toBeVisible();

  // Tab 2 answers the second (how often); tab 1 gets it and keeps its own.
  await other.bringToFront();
  await statements(other).nth(1).getByRole('radio', { name: 'Rarely' }).check();
  await page.bringToFront();
  await expect(statements(page).nth(1).getByRole('radio', { name: 'Rarely' })).toBeChecked();
  await expect(statements(page).nth(0).getByRole('radio', { name: 'Mostly true' })).toBeChecked();

  // After a reload, both answers are there.
  await other.reload();
  await expect(statements(other).nth(0).getByRole('radio', { name: 'Mostly true' })).toBeChecked();
  await expect(statements(other).nth(1).getByRole('radio', { name: 'Rarely' })).toBeChecked();
  await other.close();
});
