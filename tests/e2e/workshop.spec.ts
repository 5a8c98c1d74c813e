import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import {
  drawnShapes,
  expect,
  fullAnswers,
  seedScan,
  seedSessions,
  spokeLabels,
  tabTo,
  test,
} from './fixtures';

const total = allQuestions(questionnaire).length;

/** A member on their own device: does the scan (seeded here), then copies their share link. */
async function memberLink(
  openContext: () => Promise<BrowserContext>,
  answers: Record<string, string>,
  name: string,
) {
  const context = await openContext();
  const page = await context.newPage();
  await seedScan(page, answers);
  await page.goto('./#/results');
  await page.getByLabel(/Your name/).fill(name);
  const link = await page.getByLabel('Link with your answers').inputValue();
  await context.close();
  return link;
}

/**
 * Everyone agrees on everything except leadership, where one member is far from the others:
 * every leadership statement gets the top or the bottom of its own scale.
 */
function member(leadership: 'top' | 'bottom') {
  const answers = fullAnswers();
  for (const question of allQuestions(questionnaire)) {
    if (!question.id.startsWith('leadership.')) continue;
    const options = optionsOf(questionnaire, question);
    const option = leadership === 'top' ? options.at(-1) : options[0];
    if (option) answers[question.id] = option.id;
  }
  return answers;
}

async function createSession(page: Page, name: string, method: RegExp) {
  await page.goto('./#/workshop');
  await page.getByLabel('Name of the session').fill(name);
  await page.getByRole('radio', { name: method }).check();
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('merge three members’ shared links and see the group radar with a disagreement flag', async ({
  page,
  guardedContext,
}) => {
  const links = [
    await memberLink(guardedContext, member('top'), 'Anna'),
    await memberLink(guardedContext, member('top'), 'Bram'),
    await memberLink(guardedContext, member('bottom'), 'Chris'),
  ];
  expect(links[0]).toMatch(/#\/join\//);

  await createSession(page, 'Board evening', /Merge answers/);
  await page.getByLabel('Paste one or more links (one per line)').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add these links' }).click();
  await expect(page.getByText('Added 3 new, updated 0 with newer answers.')).toBeVisible();
  await expect(page.getByText('Link 2: Bram added.')).toBeVisible();
  await expect(page.getByRole('heading', { name: '3 respondents' })).toBeVisible();

  // The same member's link again counts once.
  await page.getByLabel('Paste one or more links (one per line)').fill(links[0] ?? '');
  await page.getByRole('button', { name: 'Add these links' }).click();
  await expect(page.getByText('Added 0 new, updated 0 with newer answers.')).toBeVisible();
  await expect(
    page.getByText('Link 1: a duplicate of Anna’s answers; counted once.'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'See group results' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Group results: Board evening' }),
  ).toBeVisible();
  const chart = page.getByRole('img', { name: /Radar chart of the group's scores/ });
  await expect.poll(() => drawnShapes(chart)).toHaveLength(2);
  // The spoke of the disputed theme carries the flag; the others do not.
  await expect
    .poll(() => spokeLabels(chart))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^2 Many leaders .*⚑$/)]));
  expect((await spokeLabels(chart)).filter((label) => label.includes('⚑'))).toHaveLength(1);
  const table = page.getByRole('table', {
    name: 'Group scores per theme (0–100, higher = stronger)',
  });
  await expect(table.getByRole('columnheader', { name: 'Level of the mean' })).toBeVisible();
  const leadership = table.getByRole('row', { name: /Shared leadership/ });
  await expect(leadership).toContainText('The group disagrees here');
  // Mean, level of the mean, median, lowest–highest: the range is wide.
  await expect(leadership.getByRole('cell').nth(1)).toHaveText(
    /^(Needs attention|Under way|Strong)$/,
  );
  await expect(leadership.getByRole('cell').nth(3)).toHaveText(/–/);
  await expect(table.getByRole('row', { name: /Growing impact/ })).toContainText('Agrees');
  const talk = page.getByRole('region', { name: 'Talk first' });
  await expect(talk.getByRole('heading', { name: 'Shared leadership' })).toBeVisible();

  await page.getByLabel('Show each respondent as a thin line').check();
  // The band and the mean, plus one line per respondent, each named in the key.
  await expect
    .poll(() => drawnShapes(chart))
    .toEqual(expect.arrayContaining(['Anna', 'Bram', 'Chris']));
  for (const name of ['Anna', 'Bram', 'Chris']) {
    await expect(
      page.getByRole('listitem').filter({ hasText: new RegExp(`^${name}$`) }),
    ).toBeVisible();
  }
  // Each respondent's key shows their own dash and marker, as drawn on the chart: never the
  // same key twice, and not by colour alone.
  const keys = await page.locator('.radar__legend li').evaluateAll((items) =>
    items
      .filter((item) => /^(Anna|Bram|Chris)$/.test(item.textContent ?? ''))
      .map((item) => {
        const line = item.querySelector('g path');
        const marker = item.querySelector('.radar-dot');
        return `${line ? getComputedStyle(line).strokeDasharray : ''} ${marker?.getAttribute('d')}`;
      }),
  );
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(3);
});

test('opening a share link offers to add it to a group session', async ({
  page,
  guardedContext,
}) => {
  const link = await memberLink(guardedContext, fullAnswers(), 'Dana');
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Answers from a member' }),
  ).toBeVisible();
  await expect(page.getByText(`Dana answered ${total} of ${total} statements.`)).toBeVisible();
  await page.getByLabel('Name of the session').fill('Shared on the train');
  await page.getByRole('button', { name: 'Add to session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shared on the train' })).toBeVisible();
  await expect(page.getByText(`Dana · ${total} of ${total} answered`)).toBeVisible();

  await page.goto(`${link.slice(0, -12)}`);
  await expect(page.getByText('These answers cannot be used')).toBeVisible();
});

test('a whole projector-mode run with the keyboard only', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await tabTo(page, page.getByRole('button', { name: /Projector mode/ }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/projector/);
  // Text grows with the screen: at least 3% of its height, readable from the back of a room.
  const fontSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(0.03 * 768);

  await page.goto('./#/scan/financing-perspective');
  for (let n = 0; n < total; n += 1) {
    await expect(page.getByRole('main').getByRole('group')).toHaveCount(1);
    await page.keyboard.press(String((n % 5) + 1));
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const recognition = page.getByRole('row', { name: /Recognition by the government/ });
  await expect(recognition.getByRole('cell').first()).toHaveText(/^\d+$/);
  await expect(recognition.getByRole('cell').first()).not.toHaveText('Too few answers');
});

test('tally a room in projector mode with the keyboard, reveal, and see the group results', async ({
  page,
}) => {
  await createSession(page, 'Neighbourhood night', /Tally in the room/);
  await page.getByRole('button', { name: /Projector mode/ }).click();
  await page.getByRole('link', { name: 'Start counting' }).click();
  for (let n = 0; n < 3; n += 1) {
    await expect(page.getByText(new RegExp(`statement ${n + 1} of ${total}`))).toBeVisible();
    await page.keyboard.press('5');
    await page.keyboard.press('5');
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowLeft');
  await expect(
    page.getByText(new RegExp(`statement 3 of ${total} · 3 votes counted · counts hidden`)),
  ).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByText('2 votes (67%)')).toBeVisible();
  // The header's navigation is hidden in projector mode; the menu (M) reaches the group results.
  await page.keyboard.press('m');
  await page
    .getByRole('dialog', { name: 'Menu' })
    .getByRole('link', { name: 'Group results' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
  await expect(page.locator('html')).toHaveClass(/projector/);
  await expect(page.getByRole('row', { name: /Sound finances/ })).toContainText(
    'The group disagrees here',
  );
});

test('the projector menu reaches every workshop screen and never leaves the session', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedSessions(page);
  await page.getByRole('button', { name: /Projector mode/ }).click();
  await page.goto('./#/workshop/tally-1/tally/1');
  const menu = page.getByRole('dialog', { name: 'Menu' });
  const open = page.getByRole('button', { name: 'Menu (M)' });

  // Escape closes the menu and leaves the page and projector mode as they were.
  await open.click();
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link')).toHaveText([
    'Session: Neighbourhood night',
    'Tally',
    'Group results',
    'Discuss the disputed themes',
    'All sessions',
    'Scan',
    'Start page',
  ]);
  for (const link of await menu.getByRole('link').all()) await expect(link).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page).toHaveURL(/#\/workshop\/tally-1\/tally\/1$/);
  await expect(page.locator('html')).toHaveClass(/projector/);

  // The language switches in place; the menu and the page follow.
  await page.keyboard.press('m');
  await menu.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(menu.getByRole('link', { name: 'Alle sessies' })).toBeVisible();
  await menu.getByRole('link', { name: 'Alle sessies' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop: samen invullen');
  await expect(page.locator('html')).toHaveClass(/projector/);

  // Leaving projector mode brings the header's navigation back.
  await page.keyboard.press('m');
  await menu.getByRole('button', { name: 'Beamerstand uit' }).click();
  await expect(page.locator('html')).not.toHaveClass(/projector/);
  await expect(page.getByRole('navigation', { name: /Hoofdmenu|Main/ })).toBeVisible();
});

test('sessions survive a reload, export to a file and import again; a bad file changes nothing', async ({
  page,
}) => {
  await createSession(page, 'Keep me', /Merge answers/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Keep me' })).toBeVisible();
  await page.goto('./#/workshop');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save all sessions as a file' }).click(),
  ]);
  const file = (await download.path()) ?? '';

  const chooser = page.getByLabel('Open a sessions file');
  await chooser.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"collective-scan-sessions","version":1,"sess'),
  });
  await expect(page.getByText(/This is not a sessions file: it is damaged/)).toBeVisible();
  await chooser.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(21 * 1024 * 1024, 32),
  });
  await expect(
    page.getByText('This file is larger than 20 MB. It is not a sessions file from this app.'),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Keep me' })).toHaveCount(1);

  await chooser.setInputFiles(file);
  await expect(page.getByText('1 session added.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Keep me' })).toHaveCount(2);
});

test('group results download as CSV', async ({ page }) => {
  await seedSessions(page);
  await page.goto('./#/workshop/merge-1/results');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download group results (CSV)' }).click(),
  ]);
  const text = await readFile((await csv.path()) ?? '', 'utf8');
  // On its own the file says which session it is, when it was made and for which questions.
  const lines = text.split('\r\n');
  expect(lines.slice(0, 5)).toEqual([
    '\uFEFFSession,Board evening',
    expect.stringMatching(/^Exported on,\d{4}-\d{2}-\d{2}$/),
    'Questionnaire version,2',
    '',
    'Theme,Mean,Level of the mean,Median,Lowest,Highest,Respondents,Spread (SD),Agreement',
  ]);
  const rows = lines.slice(4).filter(Boolean);
  expect(rows).toHaveLength(13);
  // Each theme under its good-end label, with the level of its mean in words.
  expect(rows[1]).toMatch(/^Sound finances,\d+,(Needs attention|Under way|Strong),/);
});
