import type { Locator, Page } from '@playwright/test';
import { expect, seedSessions, tabTo, test } from './fixtures';

/**
 * One design system on every screen: large choice cards for the workshop's method, the same error
 * border on every kind of field, and a focus ring at least 3px thick that stands out from what is
 * around it, in normal and in projector mode.
 */
test.use({ viewport: { width: 1280, height: 800 } });

type Border = { width: string; style: string; color: string };

/** The four sides of an element's border, as the browser draws them. */
function borderOf(locator: Locator): Promise<Border[]> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
      width: style.getPropertyValue(`border-${side}-width`),
      style: style.getPropertyValue(`border-${side}-style`),
      color: style.getPropertyValue(`border-${side}-color`),
    }));
  });
}

/** Relative luminance of a computed `rgb(…)` colour (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(one: string, two: string): number {
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

type Ring = { width: number; style: string; colour: string; around: string };

/**
 * The focus ring of the element that has focus (its width as drawn on screen), and the colour it
 * is drawn on: the background of
 * the nearest ancestor that paints one (the ring sits outside the element, with a gap).
 */
async function focusRing(page: Page): Promise<Ring> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    // A zoomed part of the page (the header in projector mode) draws the ring smaller on screen.
    let zoom = 1;
    for (let node: HTMLElement | null = element; node; node = node.parentElement) {
      zoom *= Number(getComputedStyle(node).zoom) || 1;
    }
    let parent = element.parentElement;
    let around = 'rgb(255, 255, 255)';
    while (parent) {
      const background = getComputedStyle(parent).backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
        around = background;
        break;
      }
      parent = parent.parentElement;
    }
    return {
      width: Number.parseFloat(style.outlineWidth) * zoom,
      style: style.outlineStyle,
      colour: style.outlineColor,
      around,
    };
  });
}

async function expectThickRing(page: Page, target: Locator, label: string) {
  // Reached with the keyboard, not left focused by a click (which shows no ring by design).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, target);
  const ring = await focusRing(page);
  expect(ring.style, `${label}: outline style`).not.toBe('none');
  expect(ring.width, `${label}: outline width`).toBeGreaterThanOrEqual(3);
  expect(
    contrast(ring.colour, ring.around),
    `${label}: ring against its background`,
  ).toBeGreaterThanOrEqual(3);
}

test('the method of a new session is chosen on large cards with a name and a help line', async ({
  page,
}) => {
  await page.goto('./#/workshop');
  const group = page.getByRole('group', { name: 'How do answers come in?' });
  const radios = group.getByRole('radio');
  await expect(radios).toHaveCount(3);
  for (const name of ['Tally in the room', 'Merge answers', 'Pass the laptop']) {
    const radio = group.getByRole('radio', { name, exact: true });
    await expect(radio).toBeVisible();
    const box = await radio.evaluate((input) => {
      const label = (input as HTMLInputElement).labels?.[0];
      const rect = label?.getBoundingClientRect();
      return rect ? { width: rect.width, height: rect.height } : null;
    });
    expect(box, `${name}: its label`).not.toBeNull();
    expect(box?.width ?? 0, `${name}: width of its clickable box`).toBeGreaterThanOrEqual(44);
    expect(box?.height ?? 0, `${name}: height of its clickable box`).toBeGreaterThanOrEqual(44);
  }
  await expect(group.getByRole('radio', { name: 'Pass the laptop' })).toHaveAccessibleDescription(
    /Each person answers on this device in turn/,
  );

  // A click anywhere on the card, also on its help line, chooses it.
  await group.getByText(/Count the room's votes per statement/).click();
  await expect(group.getByRole('radio', { name: 'Tally in the room' })).toBeChecked();
  await expect(group.getByRole('radio', { name: 'Merge answers' })).not.toBeChecked();

  // Chosen is more than a colour: a heavier border and a check mark after the name.
  const [chosen, other] = await Promise.all(
    ['Tally in the room', 'Merge answers'].map((name) =>
      group.getByRole('radio', { name }).evaluate((input) => {
        const label = (input as HTMLInputElement).labels?.[0] as HTMLElement;
        const name = label.querySelector('span') as HTMLElement;
        return {
          shadow: getComputedStyle(label).boxShadow,
          mark: getComputedStyle(name, '::after').content,
        };
      }),
    ),
  );
  expect(chosen?.shadow).toMatch(/inset/);
  expect(other?.shadow).toBe('none');
  expect(chosen?.mark).toContain('✓');
  expect(other?.mark).toBe('none');
});

test('an invalid text field gets the same error border as an invalid dropdown', async ({
  page,
}) => {
  await page.goto('./#/scan/profile');
  const name = page.getByRole('textbox', { name: 'Name of the collective (optional)' });
  await expect(name).toBeVisible();
  const validBorder = await borderOf(name);

  await page.getByRole('button', { name: /Next/ }).click();
  const members = page.getByRole('textbox', { name: 'Number of members' });
  const legalForm = page.getByRole('combobox', { name: 'Legal form' });
  await expect(page.getByText('Fill in the number of members.')).toBeVisible();
  await expect(members).toHaveAttribute('aria-invalid', 'true');
  await expect(legalForm).toHaveAttribute('aria-invalid', 'true');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');

  const selectBorder = await borderOf(legalForm);
  expect(await borderOf(members)).toEqual(selectBorder);
  expect(selectBorder[0]?.color).not.toBe(validBorder[0]?.color);
  expect(selectBorder[0]?.style).toBe('solid');

  // Every other kind of field the app uses, marked invalid the same way (as ui/field.tsx does),
  // looks the same: number, date, textarea.
  const others = await page.evaluate(() => {
    const form = document.querySelector('form');
    const field = document.createElement('div');
    field.className = 'field field--invalid';
    field.innerHTML =
      '<input type="number" aria-invalid="true"><input type="date" aria-invalid="true"><textarea aria-invalid="true"></textarea>';
    form?.append(field);
    return [...field.children].map((control) => {
      const style = getComputedStyle(control);
      return (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
        width: style.getPropertyValue(`border-${side}-width`),
        style: style.getPropertyValue(`border-${side}-style`),
        color: style.getPropertyValue(`border-${side}-color`),
      }));
    });
  });
  expect(others).toEqual([selectBorder, selectBorder, selectBorder]);
});

test('the focus ring is at least 3px and stands out, in normal and in projector mode', async ({
  page,
}) => {
  await seedSessions(page);
  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const header = page.getByRole('banner');
  const main = page.getByRole('main');
  await expectThickRing(page, header.getByRole('link', { name: 'Workshop' }), 'header link');
  await expectThickRing(
    page,
    header.getByRole('button', { name: /Projector mode/ }),
    'header button',
  );
  await expectThickRing(page, main.getByRole('link', { name: 'Board evening' }), 'link');
  await expectThickRing(page, main.getByLabel('Name of the session'), 'text field');
  await expectThickRing(page, main.getByRole('button', { name: 'Create session' }), 'button');

  await header.getByRole('button', { name: /Projector mode/ }).click();
  await expect(page.locator('html')).toHaveClass(/projector/);
  await expectThickRing(
    page,
    page.getByRole('button', { name: /Projector mode/ }),
    'projector: header button',
  );
  await expectThickRing(page, main.getByRole('link', { name: 'Board evening' }), 'projector: link');
  await expectThickRing(page, main.getByLabel('Name of the session'), 'projector: text field');
  await expectThickRing(
    page,
    main.getByRole('button', { name: 'Create session' }),
    'projector: button',
  );
  // The chosen method card: the ring goes round the whole card.
  const merge = main.getByRole('radio', { name: 'Merge answers' });
  await tabTo(page, merge);
  const cardRing = await merge.evaluate((input) => {
    const style = getComputedStyle((input as HTMLInputElement).labels?.[0] as HTMLElement);
    return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(cardRing.style).not.toBe('none');
  expect(cardRing.width).toBeGreaterThanOrEqual(3);
});
