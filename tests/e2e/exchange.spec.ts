import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { generate } from 'lean-qr';
import { toPngBuffer } from 'lean-qr/extras/node_export';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions } from '@/domain/questionnaire';
import { chromiumLaunch } from '../../playwright.config';
import { extremeAnswer } from '../helpers/answers';
import { expect, seedScan, test } from './fixtures';

/**
 * Three collectives make exchange cards on their own devices and pass them on: one as a link,
 * one as a file, one as a QR code. A coordinator's device opens all three (one of them twice),
 * shows who is strong where, names the collectives to call about a theme, and prints one page.
 */

const THEME = 'member-recruitment';
const THEME_TITLE = 'Healthy inflow';

/** Answers that give 0 on the `low` themes, 100 on the `high` ones and about 50 elsewhere. */
function answersFor(low: string[], high: string[]): Record<string, string> {
  const answers: Record<string, string> = {};
  allQuestions(questionnaire).forEach((question, index) => {
    const theme = question.id.split('.')[0] ?? '';
    if (low.includes(theme)) answers[question.id] = extremeAnswer(question.id, 'low');
    else if (high.includes(theme)) answers[question.id] = extremeAnswer(question.id, 'high');
    else answers[question.id] = extremeAnswer(question.id, index % 2 === 0 ? 'low' : 'high');
  });
  return answers;
}

const profile = (name: string, sectors: string[], members: number, scale: string) => ({
  name,
  sectors,
  legalForm: 'cooperative',
  members,
  volunteers: 12,
  paidStaff: 'none',
  founded: 2015,
  scale,
});

// Buurtkracht wants to learn about healthy inflow; Zonnedak (same sector, alike in size and
// scale) and Zorgkring (another sector, much larger) can both share on it with the same score.
const learner = {
  answers: answersFor([THEME, 'leadership', 'upscaling'], ['recognition']),
  profile: profile('Buurtkracht', ['energy'], 90, 'district'),
};
const near = {
  answers: answersFor(['sham-participation', 'recognition', 'sectoral-vision'], [THEME]),
  profile: profile('Zonnedak', ['energy'], 120, 'district'),
};
const far = {
  answers: answersFor(['financing-perspective', 'professionalisation', 'recognition'], [THEME]),
  profile: profile('Zorgkring', ['care'], 5000, 'region'),
};

/** A device of one collective with its scan done, on its exchange card. */
async function collective(context: BrowserContext, scan: typeof learner): Promise<Page> {
  const page = await context.newPage();
  await seedScan(page, scan.answers, scan.profile);
  await page.goto('./#/results');
  await page.getByRole('link', { name: 'Exchange card for other collectives' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Exchange card of ${scan.profile.name}` }),
  ).toBeVisible();
  return page;
}

/** The text of a QR code image in the page, read back with jsQR. */
async function readQr(image: Locator): Promise<string | undefined> {
  const pixels = await image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth * 4;
    canvas.height = element.naturalHeight * 4;
    const context = canvas.getContext('2d');
    context?.drawImage(element, 0, 0, canvas.width, canvas.height);
    const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    return { width: canvas.width, height: canvas.height, data: Array.from(data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}

/** A video for Chromium's fake camera: the code for 3 s, then 1 s of white (ffmpeg, as in qr.spec). */
function qrVideo(text: string, folder: string): string {
  const code = generate(text);
  const scale = Math.floor(460 / (code.size + 8));
  const png = join(folder, 'card.png');
  writeFileSync(
    png,
    toPngBuffer(code, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4, scale }),
  );
  const video = join(folder, 'card.y4m');
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-loop', '1', '-t', '3', '-framerate', '10', '-i', png],
    ...['-f', 'lavfi', '-t', '1', '-i', 'color=c=white:s=640x480:r=10'],
    '-filter_complex',
    '[0:v]pad=640:480:(ow-iw)/2:(oh-ih)/2:white,setsar=1,format=yuv420p[a];[1:v]setsar=1,format=yuv420p[b];[a][b]concat=n=2:v=1:a=0[out]',
    ...['-map', '[out]', '-r', '10', '-pix_fmt', 'yuv420p', video],
  ]);
  return video;
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('three collectives pass on cards by link, file and QR code; a coordinator matches them', async ({
  guardedContext,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const folder = mkdtempSync(join(tmpdir(), 'collective-scan-cards-'));

  // 1. Buurtkracht: a card with its place and a question, passed on as a link.
  const one = await collective(await guardedContext(), learner);
  await one.getByLabel('Place or municipality').fill('Zwolle');
  await one
    .getByLabel(`Question about ${THEME_TITLE}`)
    .fill('How do you find volunteers under 30?');
  const card = one.getByRole('article', { name: 'Exchange card' });
  await expect(card.getByText('How do you find volunteers under 30?')).toBeVisible();
  await expect(card.getByText('Zwolle')).toBeVisible();
  const link = await one.getByLabel('Link to your card').inputValue();
  expect(link).toContain('#/card/');

  // 2. Zonnedak: an example for what it can share, passed on as a file.
  const two = await collective(await guardedContext(), near);
  await two
    .getByLabel(`Example for ${THEME_TITLE}`)
    .fill('We doubled our active volunteers with a task list per month');
  const [download] = await Promise.all([
    two.waitForEvent('download'),
    two.getByRole('button', { name: 'Download card as file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^collective-scan-zonnedak-\d{4}-\d{2}-\d{2}-card\.json$/,
  );
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);

  // 3. Zorgkring: its card as a QR code on screen.
  const three = await collective(await guardedContext(), far);
  await three.getByLabel('Contact (optional)').fill('Mo, 06 1234 5678');
  const code = three.getByRole('img', { name: 'QR code of the link to your card' });
  await expect(code).toBeVisible();
  const qrText = await readQr(code);
  expect(qrText).toBe(await three.getByLabel('Link to your card').inputValue());
  const video = qrVideo(qrText ?? '', folder);

  // 4. The coordinator's laptop, whose camera sees Zorgkring's code.
  const browser = await chromium.launch({
    ...chromiumLaunch,
    args: [
      ...chromiumLaunch.args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, locale: 'en-GB', permissions: ['camera'] });
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '') && !/^(data|blob):/.test(request.url())) {
        foreign.push(request.url());
      }
    });
    const page = await context.newPage();
    await page.goto('./#/matchmaking');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Regional matchmaking' }),
    ).toBeVisible();

    const log = page.getByRole('log', { name: 'Cards opened' });
    // The link, pasted twice: counted once.
    await page.getByLabel('Card links, one per line').fill(`${link}\n${link}`);
    await page.getByRole('button', { name: 'Add cards' }).click();
    await expect(log.getByRole('listitem')).toHaveText([
      '✓ Added Buurtkracht',
      '= Already in: Buurtkracht',
    ]);

    await page.getByLabel('Open card files').setInputFiles(file);
    await expect(log.getByText('Added Zonnedak')).toBeVisible();

    await page.getByRole('button', { name: 'Scan QR codes' }).click();
    await expect(page.getByLabel('Camera preview')).toBeVisible();
    await expect(log.getByText('Added Zorgkring')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop camera' }).click();

    // The same link once more, later: still three collectives.
    await page.getByLabel('Card links, one per line').fill(link);
    await page.getByRole('button', { name: 'Add cards' }).click();
    await expect(log.getByRole('listitem').last()).toHaveText('= Already in: Buurtkracht');
    await expect(page.getByRole('heading', { name: '3 collectives' })).toBeVisible();

    // The overview: who can share on healthy inflow, who wants to learn about it.
    const row = page
      .getByRole('table', { name: /Themes with the collectives/ })
      .getByRole('row', { name: new RegExp(`^${THEME_TITLE}`) });
    await expect(row.getByRole('cell').nth(0)).toHaveText('2 Zonnedak, Zorgkring');
    await expect(row.getByRole('cell').nth(1)).toHaveText('1 Buurtkracht');

    // The matches for healthy inflow: Zonnedak first (alike in size and scale), then Zorgkring,
    // marked as another sector.
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: THEME_TITLE });
    await expect(
      page.getByRole('heading', { name: `Buurtkracht wants to learn about ${THEME_TITLE}` }),
    ).toBeVisible();
    const matches = page.getByRole('list', {
      name: `Collectives for Buurtkracht to call about ${THEME_TITLE}`,
    });
    await expect(matches.getByRole('listitem')).toHaveCount(2);
    await expect(matches.getByRole('listitem').nth(0)).toContainText('Zonnedak');
    await expect(matches.getByRole('listitem').nth(0)).toContainText(
      'We doubled our active volunteers with a task list per month',
    );
    await expect(matches.getByRole('listitem').nth(0)).not.toContainText('other sector');
    await expect(matches.getByRole('listitem').nth(1)).toContainText('Zorgkring');
    await expect(matches.getByRole('listitem').nth(1)).toContainText('other sector');
    await expect(matches.getByRole('listitem').nth(1)).toContainText('Mo, 06 1234 5678');

    // Buurtkracht's match list prints on one A4 page.
    await page.getByRole('link', { name: 'Match list of Buurtkracht' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Match list for Buurtkracht' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: `2 collectives to call about ${THEME_TITLE}` }),
    ).toBeVisible();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print match list' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print match list' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    expect(foreign).toEqual([]);
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
