import LZString from 'lz-string';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { makeAnswersShare } from '@/domain/share';
import { expect, fullAnswers, longestTask, seedSessions, test, watchLongTasks } from './fixtures';

/**
 * Merging members' answers tells the truth: the answers shared last win whatever the order they
 * come in, every refusal names the link and says why, and 200 links keep the page responsive.
 */
const link = (
  baseURL: string,
  member: { id: string; name?: string; sharedAt: string; answers?: string },
) =>
  `${baseURL}#/join/${LZString.compressToEncodedURIComponent(
    JSON.stringify(
      makeAnswersShare({
        questionnaireVersion: questionnaire.version,
        respondentId: member.id,
        ...(member.name ? { name: member.name } : {}),
        answers: member.answers ?? encodeAnswers(currentLayout, fullAnswers()),
        sharedAt: member.sharedAt,
      }),
    ),
  )}`;

const linksBox = 'Paste one or more links (one per line)';

test('newer answers win by their share date, whatever the paste order; every line is accounted for', async ({
  page,
  baseURL,
}) => {
  const base = baseURL ?? '';
  await seedSessions(page);
  await page.goto('./#/workshop/merge-1');
  const few = encodeAnswers(currentLayout, { 'leadership.q6': 'not-true' });
  const newer = link(base, { id: 'eva', name: 'Eva', sharedAt: '2026-11-10T10:00:00.000Z' });
  const older = link(base, {
    id: 'eva',
    name: 'Eva',
    sharedAt: '2026-11-01T10:00:00.000Z',
    answers: few,
  });
  const broken = [
    'https://example.org/something-else',
    link(base, { id: 'x', sharedAt: '2026-11-10T10:00:00.000Z', answers: `${few}0` }),
    link(base, {
      id: 'y',
      sharedAt: '2026-11-10T10:00:00.000Z',
      answers: few.replace('.', 'z'),
    }),
    `${newer.slice(0, -30)}`,
  ];
  await page.getByLabel(linksBox).fill([newer, older, newer, ...broken].join('\n'));
  await page.getByRole('button', { name: 'Add these links' }).click();
  // Refusals make the report a warning (an alert).
  const report = page.getByRole('alert').filter({ hasText: 'Added 1 new' });
  await expect(report).toContainText('Added 1 new, updated 0 with newer answers.');
  await expect(report).toContainText('Link 1: Eva added.');
  await expect(report).toContainText(
    'Link 2: older answers from Eva than the ones already here; the newer ones stay.',
  );
  await expect(report).toContainText('Link 3: a duplicate of Eva’s answers; counted once.');
  await expect(report).toContainText('Link 4: This is not a link of this app.');
  await expect(report).toContainText('Link 5: The answers do not match the questions');
  await expect(report).toContainText('Link 6: The answers hold characters this app never writes');
  await expect(report).toContainText('Link 7: The link or file is damaged or cut off.');
  await expect(page.getByText(/^Eva · 69 of 69 answered/)).toBeVisible();

  // The older link pasted on its own later still does not replace the newer answers.
  await page.getByLabel(linksBox).fill(older);
  await page.getByRole('button', { name: 'Add these links' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 0 new' })).toContainText(
    'Link 1: older answers from Eva',
  );
  await expect(page.getByText(/^Eva · 69 of 69 answered/)).toBeVisible();
});

test('pasting 200 links keeps the page responsive: no task over 200 ms', async ({
  page,
  baseURL,
}) => {
  const base = baseURL ?? '';
  await seedSessions(page);
  await page.goto('./#/workshop/merge-1');
  const links = Array.from({ length: 200 }, (_, n) =>
    link(base, { id: `member-${n}`, sharedAt: '2026-11-10T10:00:00.000Z' }),
  );
  await page.getByLabel(linksBox).fill(links.join('\n'));
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Add these links' }).click();
  await expect(page.getByText('Added 200 new, updated 0 with newer answers.')).toBeVisible({
    timeout: 20_000,
  });
  expect(await longestTask(page)).toBeLessThan(200);
});
