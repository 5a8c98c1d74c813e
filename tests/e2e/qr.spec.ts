import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { generate } from 'lean-qr';
import { toPngBuffer } from 'lean-qr/extras/node_export';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { chromiumLaunch } from '../../playwright.config';
import { expect, fullAnswers, fullProfile, seedScan, test } from './fixtures';

// lz-string is CommonJS without named exports Node can see; the app's bundler reads it the same way.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)(
  'lz-string',
) as typeof import('lz-string');

/** The video Chromium's fake camera plays: each member's code for 2 s, then 1 s of white, looped. */
const VIDEO = join(tmpdir(), 'collective-scan-e2e-qr', 'codes.y4m');
const MEMBERS = [
  { id: 'qr-anna', name: 'Anna' },
  { id: 'qr-bram', name: 'Bram' },
  { id: 'qr-carla', name: 'Carla' },
];

/** A member's join link, as their results screen makes it (src/domain/share.ts). */
function joinLink(member: { id: string; name: string }, index: number): string {
  const answers = fullAnswers();
  // Each member answers the first statements differently, so their answers differ.
  allQuestions(questionnaire)
    .slice(0, 10)
    .forEach((question) => {
      const options = optionsOf(questionnaire, question);
      answers[question.id] = options[index % options.length]?.id ?? 'dont-know';
    });
  const share = {
    format: 'collective-scan-answers',
    version: 1,
    questionnaireVersion: questionnaire.version,
    respondentId: member.id,
    name: member.name,
    answers: encodeAnswers(currentLayout, answers),
    sharedAt: '2026-11-28T19:00:00.000Z',
  };
  return `http://127.0.0.1:4173/#/join/${compressToEncodedURIComponent(JSON.stringify(share))}`;
}

/** Black on white, a 4-module quiet zone, scaled to fit 480 px: one PNG per code. */
function codePng(text: string, file: string) {
  const code = generate(text);
  const scale = Math.floor(440 / (code.size + 8));
  const png = toPngBuffer(code, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4, scale });
  writeFileSync(file, png);
}

/** Builds the video with Debian's ffmpeg; written next to it first, then moved, so workers never see half a file. */
function makeVideo() {
  const work = mkdtempSync(join(tmpdir(), 'collective-scan-qr-'));
  const inputs: string[] = [];
  const filters: string[] = [];
  MEMBERS.forEach((member, index) => {
    const file = join(work, `${member.id}.png`);
    codePng(joinLink(member, index), file);
    inputs.push('-loop', '1', '-t', '2', '-framerate', '10', '-i', file);
    filters.push(
      `[${index}:v]pad=640:480:(ow-iw)/2:(oh-ih)/2:white,setsar=1,format=yuv420p[v${index}]`,
    );
  });
  const blank = MEMBERS.length;
  inputs.push('-f', 'lavfi', '-t', '1', '-i', 'color=c=white:s=640x480:r=10');
  filters.push(`[${blank}:v]setsar=1,format=yuv420p[v${blank}]`);
  const all = [...MEMBERS.keys(), blank].map((index) => `[v${index}]`).join('');
  filters.push(`${all}concat=n=${blank + 1}:v=1:a=0[out]`);
  const video = join(work, 'codes.y4m');
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...inputs,
    ...['-filter_complex', filters.join(';'), '-map', '[out]'],
    ...['-r', '10', '-pix_fmt', 'yuv420p', video],
  ]);
  mkdirSync(join(VIDEO, '..'), { recursive: true });
  renameSync(video, VIDEO);
  rmSync(work, { recursive: true, force: true });
}

/** The text of a QR code image in the page: drawn at 4 pixels per module, read back with jsQR. */
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

/** An empty merge session in storage, as "New session" makes it. */
async function seedMergeSession(page: Page) {
  const session = {
    id: 'qr-session',
    name: 'Scan evening',
    createdAt: '2026-11-28T18:00:00.000Z',
    method: 'merge',
    questionnaireVersion: questionnaire.version,
    respondents: [],
    tally: {},
    revealed: [],
  };
  await page.goto('./');
  await page.evaluate((value) => {
    localStorage.setItem(
      'collective-scan:sessions',
      JSON.stringify({ version: 1, state: { sessions: [value] } }),
    );
  }, session);
}

// Chromium's fake camera plays the video (a launch option, so for the whole file).
test.use({
  launchOptions: {
    ...chromiumLaunch,
    args: [
      ...chromiumLaunch.args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${VIDEO}`,
    ],
  },
  permissions: ['camera'],
});

test.describe('scanning QR codes with the laptop camera', () => {
  test.beforeAll(() => makeVideo());

  test('adds each member once, by name, as their codes pass the camera', async ({ page }) => {
    await seedMergeSession(page);
    await page.goto('./#/workshop/qr-session');
    await page.getByRole('button', { name: 'Scan QR codes' }).click();
    await expect(page.getByLabel('Camera preview')).toBeVisible();

    const log = page.getByRole('log', { name: 'Codes read' });
    // Each code is in view for 2 s (about ten reads): reported once. After the loop the first
    // code comes round again: the same answers, already in, counted once.
    await expect(log.getByText('Already in: Anna')).toBeVisible({ timeout: 20_000 });
    await expect(log.getByRole('listitem')).toHaveText([
      '✓ Added Anna',
      '✓ Added Bram',
      '✓ Added Carla',
      '= Already in: Anna',
    ]);
    const respondents = page.getByRole('region', { name: '3 respondents' });
    await expect(respondents).toBeVisible();
    for (const { name } of MEMBERS) {
      await expect(respondents.getByText(new RegExp(`^${name} ·`))).toBeVisible();
    }

    await page.getByRole('button', { name: 'Stop camera' }).click();
    await expect(page.getByLabel('Camera preview')).toHaveCount(0);
  });
});

test("the member's results show their join link as a QR code a camera can read", async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), fullProfile);
  await page.goto('./#/results');
  await page.getByLabel(/Your name/).fill('Anna');
  const code = page.getByRole('img', { name: 'QR code of the link with your answers' });
  await expect(code).toBeVisible();
  const link = await page.getByLabel('Link with your answers').inputValue();
  expect(link).toContain('#/join/');

  await expect.poll(() => readQr(code)).toBe(link);

  // Large enough for a laptop camera: at least 6 px per module on screen (the SVG is 1 px each).
  const modules = await code.evaluate((element: HTMLImageElement) => element.naturalWidth);
  const box = await code.boundingBox();
  expect((box?.width ?? 0) / modules).toBeGreaterThanOrEqual(6);
  await expect(page.getByText(/The code holds your answers/)).toBeVisible();
});

test("the sessions page shows the app's own address as a QR code for the room", async ({
  page,
}) => {
  await page.goto('./#/workshop');
  await page.getByText("Show the app's address as a QR code").click();
  const address = page.url().split('#')[0] ?? '';
  const code = page.getByRole('img', { name: `QR code of the app's address, ${address}` });
  await expect(code).toBeVisible();
  await expect(page.getByText(address, { exact: true })).toBeVisible();
  expect(await readQr(code)).toBe(address);
});
