import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CARD_THEMES_V1, type ExchangeCard, makeCard } from '@/domain/exchange-card';
import { SCALES, SECTORS } from '@/domain/profile';
import {
  expect,
  fullAnswers,
  fullProfile,
  longestTask,
  seedScan,
  test,
  watchLongTasks,
} from './fixtures';

// lz-string is CommonJS without named exports Node can see (as in qr.spec.ts).
const { compressToEncodedURIComponent } = createRequire(import.meta.url)(
  'lz-string',
) as typeof import('lz-string');

/**
 * The coordinator's matchmaking screen with many cards: readable on a projector, the same in every
 * tab, kept through a reload, emptied by "delete everything", and quick with 200 cards.
 */

const NAMES = [
  'Buurtkracht',
  'Zonnedak Zwolle',
  'Zorgkring De Linde',
  'Voedselbos Oost',
  'Energiecoöperatie Deventer en omstreken',
  'Wijkbus Kampen',
  'Dorpshuis Wijhe',
  'Stadsboerderij Het Erf',
  'Woongroep Samen',
  'Natuurwerkgroep IJssel',
  'Cultuurhuis De Kleine Zaal',
  'Repair Café Noord',
];
const PLACES = ['Zwolle', 'Deventer', 'Kampen', 'Wijhe'];

/** A made-up region of `count` collectives, each with a card as the exchange screen makes it. */
function regionCards(count: number): ExchangeCard[] {
  return Array.from({ length: count }, (_, index) => {
    const scores = Object.fromEntries(
      CARD_THEMES_V1.map((theme, t) => [theme, (index * 37 + t * 23) % 101]),
    );
    const ranked = [...CARD_THEMES_V1].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    const name =
      index < NAMES.length
        ? (NAMES[index] ?? '')
        : `Collectief ${String(index + 1).padStart(3, '0')}`;
    return makeCard({
      id: `c${index}`,
      madeAt: new Date(Date.UTC(2026, 10, 1 + (index % 27))).toISOString(),
      profile: {
        name,
        sectors: [SECTORS[index % SECTORS.length] ?? 'other'],
        members: 20 + ((index * 97) % 1500),
        scale: SCALES[index % SCALES.length],
        legalForm: 'cooperative',
      },
      scores,
      strongest: ranked.slice(0, 3),
      weakest: ranked.slice(-3),
      lines: {
        place: PLACES[index % PLACES.length],
        contact: index % 2 === 0 ? `secretaris@${name.split(' ')[0]?.toLowerCase()}.nl` : undefined,
        examples: Object.fromEntries(
          ranked
            .slice(0, 3)
            .map((theme) => [theme, 'We plan every task a month ahead with a list']),
        ),
        questions: Object.fromEntries(
          ranked.slice(-3).map((theme) => [theme, 'How do you keep new people involved?']),
        ),
      },
      fallbackName: 'Collective',
    });
  });
}

/** Puts cards into the coordinator's storage as the matchmaking store keeps them. */
async function seedCards(page: Page, cards: readonly ExchangeCard[]) {
  await page.goto('./');
  await page.evaluate((list) => {
    const items: Record<string, unknown> = {};
    list.forEach((card, index) => {
      const stamp = `${(1_700_000_000_000 + index).toString(36).padStart(9, '0')}.0000.seed`;
      items[`card:${card.id}`] = { c: stamp, t: stamp, v: card };
    });
    localStorage.setItem(
      'collective-scan:matchmaking',
      JSON.stringify({ version: 1, state: { generation: 0, revision: 1, items } }),
    );
  }, cards);
  await page.reload();
}

test('the overview and the matches fit a projector at 1024×768 and 1920×1080, in both languages', async ({
  page,
}) => {
  await seedCards(page, regionCards(12));
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    for (const language of ['English', 'Nederlands'] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('./#/matchmaking');
      await page.getByRole('button', { name: language }).click();
      const projector = page.getByRole('button', { name: /Projector mode|Beamerstand/ });
      if ((await projector.getAttribute('aria-pressed')) !== 'true') await projector.click();
      const table = page.getByRole('table', { name: /Themes with|Thema's met/ });
      await table.scrollIntoViewIfNeeded();
      await expect(table.getByRole('row')).toHaveCount(13);
      // Nothing sideways, and type large enough for the back of the room.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const box = await table.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      const fontSize = await table
        .getByRole('cell')
        .first()
        .evaluate((cell) => Number.parseFloat(getComputedStyle(cell).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(width >= 1920 ? 24 : 20);
    }
  }
});

test('cards added in one tab appear in another; a reload keeps them; "delete everything" empties both', async ({
  page,
  context,
}) => {
  await seedCards(page, regionCards(2));
  await page.goto('./#/matchmaking');
  await expect(page.getByRole('heading', { name: '2 collectives' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('./#/matchmaking');
  await expect(other.getByRole('heading', { name: '2 collectives' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Buurtkracht' }).click();
  await expect(page.getByRole('heading', { name: '1 collective' })).toBeVisible();
  await expect(other.getByRole('heading', { name: '1 collective' })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('heading', { name: '1 collective' })).toBeVisible();

  await page.goto('./#/data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await other.goto('./#/matchmaking');
  await expect(other.getByText('No cards yet. Add the first ones above.')).toBeVisible();
});

test('200 pasted card links are merged and matched without blocking the page for 200 ms', async ({
  page,
  baseURL,
}) => {
  const cards = regionCards(200);
  const links = cards.map(
    (card) => `${baseURL}#/card/${compressToEncodedURIComponent(JSON.stringify(card))}`,
  );
  await page.goto('./#/matchmaking');
  await page.getByLabel('Card links, one per line').fill(links.join('\n'));
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Add cards' }).click();
  await expect(page.getByRole('heading', { name: '200 collectives' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Themes with/ }).getByRole('row')).toHaveCount(13);
  expect(await longestTask(page)).toBeLessThan(200);
});

test('the card, matchmaking and match list screens have no axe violations, in both languages, on a phone and a projector', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seedScan(page, fullAnswers(), fullProfile);
  await page.evaluate((cards) => {
    const items: Record<string, unknown> = {};
    cards.forEach((card, index) => {
      const stamp = `${(1_700_000_000_000 + index).toString(36).padStart(9, '0')}.0000.seed`;
      items[`card:${card.id}`] = { c: stamp, t: stamp, v: card };
    });
    localStorage.setItem(
      'collective-scan:matchmaking',
      JSON.stringify({ version: 1, state: { generation: 0, revision: 1, items } }),
    );
  }, regionCards(30));
  const link = `#/card/${compressToEncodedURIComponent(JSON.stringify(regionCards(2)[1]))}`;
  for (const language of ['English', 'Nederlands'] as const) {
    for (const [width, height, projector] of [
      [1024, 768, true],
      [360, 740, false],
    ] as const) {
      // Language and projector mode are chosen on a wide screen (a phone has them in its menu).
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto('./#/');
      await page.getByRole('button', { name: language }).click();
      const toggle = page.getByRole('button', { name: /Projector mode|Beamerstand/ });
      if (((await toggle.getAttribute('aria-pressed')) === 'true') !== projector) {
        await toggle.click();
      }
      await page.setViewportSize({ width, height });
      for (const route of ['#/card', '#/matchmaking', '#/matchmaking/c0', link]) {
        await page.goto(`./${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${route} ${language} ${width}`,
        ).toEqual([]);
      }
    }
  }
});
