import LZString from 'lz-string';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { mergeSession, sessionsFileText } from '../helpers/files';
import { expect, longestTask, test, watchLongTasks } from './fixtures';

/**
 * Files and links are validated to the last character: a large backup is read without blocking the
 * page and summed up in a few lines; every imported session opens; a link with anything added,
 * changed or percent-encoded is read truthfully.
 */

test('a backup with 380,000 answers to unknown questions never blocks the page and is summed up in a few lines', async ({
  page,
}) => {
  await page.goto('./#/data');
  const chooser = page.getByLabel('Open a saved file');
  // The file is made inside the page, so only the app's own work is measured (Playwright's own
  // transfer of an 8 MB file blocks the page by itself).
  await page.evaluate((version) => {
    const answers: Record<string, string> = {};
    for (let n = 0; n < 380_000; n += 1) answers[`t${n}.q1`] = 'agree';
    const text = JSON.stringify({
      format: 'collective-scan-backup',
      version: 1,
      questionnaireVersion: version,
      exportedAt: '2026-11-27T10:00:00.000Z',
      scan: { profile: { name: 'Buurtkracht' }, answers, updatedAt: null },
      snapshots: [],
      actions: [],
      sessions: [],
    });
    (window as unknown as { __file: File }).__file = new File([text], 'backup.json', {
      type: 'application/json',
    });
  }, questionnaire.version);
  // Let the page settle after making the file before measuring.
  await page.waitForTimeout(300);
  await watchLongTasks(page);
  await chooser.evaluate((input: HTMLInputElement) => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { __file: File }).__file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Use this saved copy?' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText(
    '380,000 values in this file are not answers to statements of its edition of the questions',
  );
  await expect(dialog).toContainText('t0.q1: “agree”');
  await expect(dialog).toContainText('and 379,995 more');
  expect(((await dialog.textContent()) ?? '').length).toBeLessThan(2000);
  expect(await longestTask(page)).toBeLessThan(200);

  await dialog.getByRole('button', { name: 'Yes, use the file' }).click();
  await expect(
    page.getByText('Done: 0 answers opened. 380,000 values that were not answers were left out.'),
  ).toBeVisible();
});

test('sessions with the same id, or an id like a/b#c?d, are each added once and each open', async ({
  page,
}) => {
  const session = mergeSession({
    respondents: [
      {
        id: 'member/anna?',
        name: 'Anna',
        answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
        addedAt: '2026-11-01T19:05:00.000Z',
      },
    ],
  });
  const file = sessionsFileText([
    session,
    { ...session, name: 'Same id again' },
    { ...session, id: 'a/b#c?d', name: 'Odd id' },
  ]);
  await page.goto('./#/workshop');
  await page.getByLabel('Open a sessions file').setInputFiles({
    name: 'sessions.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText('3 sessions added.')).toBeVisible();
  for (const name of ['Board evening', 'Same id again', 'Odd id']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(/^Anna · 1 of 69 answered/)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

/** A payload whose compressed text holds a +, which messaging apps send as %2B. */
function packWithPlus(make: (n: number) => object): string {
  for (let n = 1; ; n += 1) {
    const payload = LZString.compressToEncodedURIComponent(JSON.stringify(make(n)));
    if (payload.includes('+')) return payload;
  }
}

const results = (n: number, sharedAt = '2026-11-27T10:00:00.000Z') => ({
  format: 'collective-scan-results',
  version: 2,
  questionnaireVersion: questionnaire.version,
  sharedAt,
  profile: { name: `Buurtkracht ${n}` },
  overall: 61,
  areas: {},
  themes: { leadership: [55, 6, 6] },
});

test('a results link opens with its + percent-encoded; with junk appended or a date that is no date it says what broke', async ({
  page,
  baseURL,
}) => {
  const payload = packWithPlus((n) => results(n));
  await page.goto(`${baseURL}#/shared/${payload.replaceAll('+', '%2B')}`);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Shared results: Buurtkracht \d+$/ }),
  ).toBeVisible();

  await page.goto(`${baseURL}#/shared/${payload}AAAAjunk`);
  await expect(page.getByRole('alert')).toContainText('This link cannot be opened');
  await expect(page.getByRole('alert')).toContainText('The link has extra characters at the end.');

  const badDate = LZString.compressToEncodedURIComponent(
    JSON.stringify(results(1, '2026-02-30T10:00:00.000Z')),
  );
  await page.goto(`${baseURL}#/shared/${badDate}`);
  await expect(page.getByRole('alert')).toContainText('The date in the link is not a real date.');
  await expect(page.getByText('Invalid Date')).toHaveCount(0);
});

test('a join link with its + percent-encoded is accepted; with junk appended it is refused', async ({
  page,
  baseURL,
}) => {
  const payload = packWithPlus((n) => ({
    format: 'collective-scan-answers',
    version: 1,
    questionnaireVersion: questionnaire.version,
    respondentId: `member-${n}`,
    name: 'Eva',
    answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
    sharedAt: '2026-11-10T10:00:00.000Z',
  }));
  await page.goto(`${baseURL}#/join/${payload.replaceAll('+', '%2B')}`);
  await expect(page.getByText('Eva answered 1 of 69 statements.')).toBeVisible();

  await page.goto(`${baseURL}#/join/${payload}junk`);
  await expect(page.getByRole('alert')).toContainText('These answers cannot be used');
  await expect(page.getByRole('alert')).toContainText('The link has extra characters at the end.');
});
