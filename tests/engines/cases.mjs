// The engine tests: the walks a board takes, run in each engine (run.mjs). Few, and each proves
// something a user would notice. `t` holds the user (user.mjs), the app's origin and seed data.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';

/** Pages in a PDF: page objects ("/Type /Page"), also inside compressed object streams (Firefox). */
function pdfPages(pdf) {
  const parts = [pdf.toString('latin1')];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at);
    if (start < 0) break;
    const body = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', body);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(body, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, a font): no page objects in it.
    }
    at = end + 9;
  }
  return parts.join('\n').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

const texts = {
  en: {
    start: 'Start the scan',
    name: 'Name of the collective (optional)',
    sector: 'Energy',
    legalForm: 'Legal form',
    members: 'Number of members',
    volunteers: 'Number of active volunteers',
    paidStaff: 'Paid staff',
    founded: 'Year founded',
    scale: 'Where are you active?',
    next: 'Next',
    results: 'See results',
    resultsTitle: 'Results for De Windvang',
    advice: 'Where to start',
    chart: /^Radar chart of the twelve theme scores/,
  },
  nl: {
    start: 'Begin met de scan',
    name: 'Naam van het collectief (mag leeg)',
    sector: 'Energie',
    legalForm: 'Rechtsvorm',
    members: 'Aantal leden',
    volunteers: 'Aantal actieve vrijwilligers',
    paidStaff: 'Betaalde medewerkers',
    founded: 'Jaar van oprichting',
    scale: 'Waar is je collectief actief?',
    next: 'Volgende',
    results: 'Bekijk de uitkomst',
    resultsTitle: 'Uitkomst voor De Windvang',
    advice: 'Waar begin je?',
    chart: /^Radardiagram met de scores van de twaalf thema's/,
  },
};

const SCAN_KEY = 'collective-scan:scan';

/**
 * Which option is checked in each of the first `count` statements (-1 for none), once the app has
 * drawn them: after a reload, a theme's heading comes with the page, before its statements.
 */
async function checkedOptions(t, count = 3) {
  await t.until('the statements', () => t.exec('options', count - 1), Boolean);
  const checked = [];
  for (let index = 0; index < count; index += 1)
    checked.push((await t.exec('options', index))?.checked);
  return checked;
}

/** Puts a full scan in storage in the older one-object format (the app migrates it on read). */
async function seedScan(t, profile = { name: 'Buurtkracht' }) {
  await t.goto('/#/method');
  await t.see('heading', null);
  const state = {
    questionnaireVersion: t.data.edition,
    profile,
    answers: t.data.fullAnswers(),
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  await t.browser.exec(
    `localStorage.setItem(${JSON.stringify(SCAN_KEY)}, ${JSON.stringify(JSON.stringify({ version: 2, state }))})`,
  );
  await t.browser.reload();
}

/** The heading level 1 text, waited for until it is `name` (string or RegExp). */
async function heading(t, name) {
  return t.until(
    `heading "${name}"`,
    () => t.exec('text', 'heading'),
    (text) => (typeof name === 'string' ? text === name : name.test(text ?? '')),
  );
}

/** The results screen: 12 spokes on the radar, advice for the weakest themes. */
async function resultsShown(t, x) {
  await heading(t, x.resultsTitle);
  const spokes = await t.until(
    '12 radar spokes',
    () => t.exec('spokes', x.chart),
    (list) => list.length === 12,
  );
  assert.equal(spokes.length, 12);
  await t.see('region', x.advice);
  const advised = await t.until(
    'advice for 3 themes',
    () => t.exec('count', 'heading', null, { role: 'region', name: x.advice }),
    (n) => n >= 3,
  );
  assert.ok(advised >= 3);
}

/** No page wider than the screen: nothing to scroll sideways. */
async function noSidewaysScroll(t, where) {
  const [scroll, inner] = await t.browser.exec(
    '[document.documentElement.scrollWidth, innerWidth]',
  );
  assert.ok(scroll <= inner, `${where}: the page is ${scroll}px wide on a ${inner}px screen`);
}

/** Every control a finger uses here is at least 44×44 CSS px (inline links in text excepted). */
async function tapTargets(t, where) {
  const small =
    await t.browser.exec(`[...document.querySelectorAll('main button, main a[href], main label:has(input), main select, main input:not([type=radio]):not([type=checkbox]):not([type=file]), header button, header a[href]')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .filter((el) => !(el.tagName === 'A' && el.closest('p, li') && !el.classList.contains('button')))
    .map((el) => { const r = el.getBoundingClientRect(); return { what: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40), w: Math.round(r.width), h: Math.round(r.height) }; })
    .filter((box) => box.w < 44 || box.h < 44)`);
  assert.deepEqual(small, [], `${where}: tap targets under 44 px`);
}

/** Opens the header menu where it is folded away (phones), as a user must. */
async function openMenu(t, wanted) {
  if ((await t.exec('count', 'button', wanted)) > 0) return;
  await t.click('button', /^(Menu|Menu)$/);
}

async function chooseLanguage(t, language) {
  if (language !== 'nl') return;
  await openMenu(t, 'Nederlands');
  await t.click('button', 'Nederlands');
  await t.until(
    'lang="nl"',
    () => t.browser.exec('document.documentElement.lang'),
    (lang) => lang === 'nl',
  );
}

/** The full scan with keys only: profile typed and chosen, every statement by Tab, Space, arrows. */
async function scanByKeyboard(t, language) {
  const x = texts[language];
  await t.browser.setViewport(1280, 800);
  await t.goto('/');
  if (language === 'nl') {
    await t.tabTo('button', 'Nederlands');
    await t.browser.press('Enter');
    await t.until(
      'lang="nl"',
      () => t.browser.exec('document.documentElement.lang'),
      (lang) => lang === 'nl',
    );
  }
  await t.tabTo('link', x.start);
  await t.browser.press('Enter');
  await t.tabTo('textbox', x.name);
  await t.browser.type('De Windvang');
  await t.tabTo('checkbox', x.sector);
  await t.browser.press('Space');
  for (const select of [x.legalForm, x.paidStaff, x.scale]) {
    await t.tabTo('combobox', select);
    await t.browser.press('ArrowDown');
    await t.until(
      `${select}: ArrowDown picks an option`,
      () => t.exec('value', 'combobox', select),
      (value) => Boolean(value),
    );
    if (select === x.legalForm) {
      for (const [field, value] of [
        [x.members, '320'],
        [x.volunteers, '25'],
      ]) {
        await t.tabTo('textbox', field);
        await t.browser.type(value);
      }
    }
    if (select === x.paidStaff) {
      await t.tabTo('textbox', x.founded);
      await t.browser.type('2014');
    }
  }
  assert.equal(await t.exec('value', 'textbox', x.name), 'De Windvang');
  assert.equal(await t.exec('checked', 'checkbox', x.sector), true);
  const profileHeading = await heading(t, /./);
  await t.tabTo('button', x.next);
  await t.browser.press('Enter');
  await walkThemes(
    t,
    async (index) => t.answerByKeyboard((q) => (index + q) % 5),
    async (last) => {
      await t.tabTo('link', last ? x.results : x.next);
      await t.browser.press('Enter');
    },
    profileHeading,
  );
  await resultsShown(t, x);
}

/** The full scan by pointer on a phone-sized screen: taps only, the profile's menus chosen by pointer. */
async function scanByPointer(t, language) {
  const x = texts[language];
  await t.browser.setViewport(390, 844);
  await t.goto('/');
  await chooseLanguage(t, language);
  await noSidewaysScroll(t, 'start');
  await t.click('link', x.start);
  await t.click('textbox', x.name);
  await t.browser.type('De Windvang');
  await t.click('checkbox', x.sector);
  for (const select of [x.legalForm, x.paidStaff, x.scale]) {
    await t.see('combobox', select);
    await t.browser.choose(t.call('find', 'combobox', select), 1);
  }
  for (const [field, value] of [
    [x.members, '320'],
    [x.volunteers, '25'],
    [x.founded, '2014'],
  ]) {
    await t.click('textbox', field);
    await t.browser.type(value);
  }
  await noSidewaysScroll(t, 'profile');
  await tapTargets(t, 'profile');
  const profileHeading = await heading(t, /./);
  await t.click('button', x.next);
  await walkThemes(
    t,
    async (index) => t.answerByPointer((q) => (index * 2 + q) % 5),
    async (last, index) => {
      if (index === 0) {
        await noSidewaysScroll(t, 'wizard');
        await tapTargets(t, 'wizard');
      }
      await t.click('link', last ? x.results : x.next);
    },
    profileHeading,
  );
  await resultsShown(t, x);
  await noSidewaysScroll(t, 'results');
}

/** Walks the twelve themes: answers each (`answer`), then moves on (`next`). */
async function walkThemes(t, answer, next, profileHeading) {
  let previous = profileHeading;
  for (let index = 0; index < t.data.themeCount; index += 1) {
    // The first theme comes after the profile; every next one has a new heading.
    previous = await heading(t, { test: (text) => text !== previous && text !== '' });
    const answered = await answer(index);
    assert.ok(answered > 0, `theme ${index + 1} has statements`);
    await next(index === t.data.themeCount - 1, index);
  }
}

export function casesFor(engine) {
  return [
    {
      name: `the full scan by keyboard in ${engine === 'firefox' ? 'English' : 'Dutch'}, ending on the radar with 12 axes and advice`,
      run: (t) => scanByKeyboard(t, engine === 'firefox' ? 'en' : 'nl'),
    },
    {
      name: `the full scan by pointer on a 390×844 screen in ${engine === 'firefox' ? 'Dutch' : 'English'}: no sideways scroll, taps ≥ 44 px`,
      run: (t) => scanByPointer(t, engine === 'firefox' ? 'nl' : 'en'),
    },
    {
      name: 'reload mid-theme and on results loses nothing; the language switch keeps answers',
      async run(t) {
        await t.goto('/#/scan/upscaling');
        await heading(t, 'Growing impact');
        await t.answerByPointer((q) => (q === 0 ? 3 : q === 1 ? 5 : 1));
        const before = await checkedOptions(t);
        await t.browser.reload();
        await heading(t, 'Growing impact');
        assert.deepEqual(await checkedOptions(t), before);
        await t.click('button', 'Nederlands');
        await heading(t, 'Groeiende invloed');
        assert.deepEqual(await checkedOptions(t), before);
        await t.click('button', 'English');
        await seedScan(t);
        await t.goto('/#/results');
        await heading(t, 'Results for Buurtkracht');
        const table = 'Scores per area and theme (higher = stronger)';
        const scores = await t.until('score table', () => t.exec('text', 'table', table), Boolean);
        await t.browser.reload();
        await heading(t, 'Results for Buurtkracht');
        assert.equal(
          await t.until('score table', () => t.exec('text', 'table', table), Boolean),
          scores,
        );
        await t.click('button', 'Nederlands');
        await heading(t, 'Uitkomst voor Buurtkracht');
        const dutch = await t.until(
          'Dutch score table',
          () => t.exec('text', 'table', 'Scores per deel en per thema (hoger = sterker)'),
          Boolean,
        );
        assert.deepEqual(dutch.match(/\d+/g), scores.match(/\d+/g));
      },
    },
    {
      name: 'corrupt stored JSON: the notice, the raw value kept, work goes on',
      async run(t) {
        const raw = '{"state":{"answers":{"leadership.q1":"agr';
        await t.goto('/#/method');
        await t.browser.exec(`localStorage.setItem('${SCAN_KEY}', ${JSON.stringify(raw)})`);
        await t.goto('/#/scan/leadership');
        await heading(t, 'Shared leadership');
        await t.browser.reload();
        await heading(t, 'Shared leadership');
        await t.see('alert', /Your saved answers and profile could not be read/);
        await t.see('button', 'Download saved data');
        const kept = await t.browser.exec(
          `Object.keys(localStorage).filter((k) => k.startsWith('${SCAN_KEY}:backup:')).map((k) => localStorage.getItem(k))`,
        );
        assert.deepEqual(kept, [raw]);
        await t.answerByPointer(() => 3);
        await t.browser.reload();
        await heading(t, 'Shared leadership');
        assert.deepEqual(await checkedOptions(t, 1), [3]);
        const again = await t.browser.exec(
          `Object.keys(localStorage).filter((k) => k.startsWith('${SCAN_KEY}:backup:')).map((k) => localStorage.getItem(k))`,
        );
        assert.deepEqual(again, [raw]);
      },
    },
    {
      name: 'a member’s share link merged into a workshop session; group results shown',
      async run(t) {
        await seedScan(t);
        await t.goto('/#/results');
        await heading(t, 'Results for Buurtkracht');
        await t.click('textbox', /^Your name/);
        await t.browser.type('Anna');
        const link = await t.until(
          'the member link',
          () => t.exec('value', 'textbox', 'Link with your answers'),
          (value) => /#\/join\//.test(value ?? '') && value.length > 40,
        );
        await t.goto('/#/workshop');
        await t.click('textbox', 'Name of the session');
        await t.browser.type('Board evening');
        await t.click('radio', /Merge answers/);
        await t.click('button', 'Create session');
        await heading(t, 'Board evening');
        await t.click('textbox', 'Paste one or more links (one per line)');
        await t.browser.exec(
          `(() => { const box = ${t.call('find', 'textbox', 'Paste one or more links (one per line)')}; const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set; set.call(box, ${JSON.stringify(link)}); box.dispatchEvent(new Event('input', { bubbles: true })); })()`,
        );
        await t.click('button', 'Add these links');
        await t.until(
          '"Added 1 new"',
          () => t.exec('messages'),
          (list) => list.some((m) => m.includes('Added 1 new')),
        );
        await t.see('heading', '1 respondent');
        await t.click('link', 'See group results');
        await heading(t, 'Group results: Board evening');
        const spokes = await t.until(
          '12 group spokes',
          () => t.exec('spokes', /^Radar chart of the group's scores/),
          (list) => list.length === 12,
        );
        assert.equal(spokes.length, 12);
      },
    },
    {
      name: 'the board report prints on one A4 page',
      async run(t) {
        await seedScan(t);
        await t.browser.setViewport(1280, 800);
        await t.goto('/#/report');
        await t.until(
          'report radar',
          () => t.exec('spokes', /Radar/),
          (list) => list.length === 12,
        );
        if (t.browser.pdf) {
          const pdf = Buffer.from(await t.browser.pdf());
          assert.equal(pdfPages(pdf), 1, 'pages in the printed PDF');
        }
        // Where the engine cannot print for a test (WebKitWebDriver), its print style sheet is
        // switched on for the screen and the sheet measured on an A4 page's width.
        const MM = 96 / 25.4;
        await t.browser.setViewport(Math.round(190 * MM), 900);
        const printed = await t.browser.exec(`(() => {
          for (const sheet of document.styleSheets) {
            for (const rule of sheet.cssRules) if (rule.media && /print/.test(rule.media.mediaText)) rule.media.appendMedium('all');
            if (sheet.ownerNode?.media === 'print') sheet.ownerNode.media = 'all';
          }
          const sheet = document.querySelector('main article');
          const button = ${t.call('find', 'button', /Print/)};
          return { height: sheet?.getBoundingClientRect().height ?? 0, buttonShown: Boolean(button), width: sheet?.getBoundingClientRect().width ?? 0 };
        })()`);
        assert.equal(printed.buttonShown, false, 'the print button is hidden in print');
        assert.ok(printed.height > 99 * MM, `the sheet has its content (${printed.height}px)`);
        assert.ok(
          printed.height <= 277 * MM + 1,
          `the sheet fits one A4 page: ${(printed.height / MM).toFixed(0)} mm of 277 mm`,
        );
      },
    },
    {
      name: 'the read-only results link opens and saves nothing',
      async run(t) {
        await seedScan(t);
        await t.goto('/#/results');
        await heading(t, 'Results for Buurtkracht');
        const link = await t.until(
          'the results link',
          () => t.exec('value', 'textbox', 'Link to these results'),
          (value) => /#\/shared\//.test(value ?? ''),
        );
        await t.browser.exec('localStorage.clear()');
        await t.goto('/#/method');
        await t.goto(link.replace(/^https?:\/\/[^/]+/, ''));
        await heading(t, 'Shared results: Buurtkracht');
        await t.see('status', /^Read-only: these results were shared with you on/);
        await t.until(
          'shared radar',
          () => t.exec('spokes', /Radar/),
          (list) => list.length === 12,
        );
        const stored = await t.browser.exec(
          `Object.keys(localStorage).filter((k) => k !== 'collective-scan:settings')`,
        );
        assert.deepEqual(stored, []);
      },
    },
    {
      name: 'Your data: whether storage is kept, a saved file, the delete dialog (focus, Escape)',
      async run(t) {
        await seedScan(t);
        await t.goto('/#/data');
        await heading(t, 'Your data');
        const keep = { role: 'region', name: 'Does this browser keep your data?' };
        const canTell = await t.browser.exec("typeof navigator.storage?.persisted === 'function'");
        const said = await t.until(
          'the storage answer',
          () => t.exec('text', 'region', keep.name),
          (text) => !/Checking/.test(text ?? ''),
        );
        assert.match(
          said,
          canTell
            ? /(Yes: this browser has promised|Not for certain)/
            : /This browser does not say/,
        );
        assert.match(said, /No copy has been saved as a file from this device yet\./);
        await t.click('button', 'Save everything (JSON)');
        await t.until(
          'the saved time',
          () => t.exec('text', 'region', keep.name),
          (text) => /Last copy saved from this device: /.test(text ?? ''),
        );
        if (t.browser.downloads) {
          const files = await t.until(
            'the saved file',
            async () => t.browser.downloads(),
            (list) => list.some((f) => f.name.endsWith('.json')),
          );
          const backup = JSON.parse(files.find((f) => f.name.endsWith('.json')).text);
          assert.equal(Object.keys(backup.scan.answers).length, t.data.statementCount);
        }
        // The native dialog: opened by pointer, focus inside on the safe choice, Escape cancels.
        await t.click('button', 'Delete all my data');
        await t.see('dialog', 'Delete all your data?');
        const focused = await t.until(
          'focus in the dialog',
          () => t.exec('focus'),
          (f) => f.role === 'button',
        );
        assert.equal(focused.name, 'No, keep it');
        await t.browser.press('Escape');
        await t.gone('dialog', 'Delete all your data?');
        assert.ok(await t.browser.exec(`localStorage.getItem('${SCAN_KEY}') !== null`));
        await t.click('button', 'Delete all my data');
        await t.click('button', 'Yes, delete everything', {
          role: 'dialog',
          name: 'Delete all your data?',
        });
        await heading(t, 'How future-proof is your collective?');
        await t.goto('/#/results');
        await t.until(
          'no results after deleting',
          () => t.exec('spokes', /Radar/),
          (list) => list.length === 0,
        );
      },
    },
    {
      name: 'two tabs: an answer in one shows in the other at once, and it is told',
      async run(t) {
        await t.goto('/#/scan/leadership');
        await heading(t, 'Shared leadership');
        const other = t.userOf(await t.browser.openTab());
        await other.browser.goto(`${t.origin}/#/scan/leadership`);
        await other.until(
          'the other tab',
          () => other.exec('text', 'heading'),
          (text) => text === 'Shared leadership',
        );
        await t.browser.click(t.call('optionTarget', 0, 3));
        await other.until(
          'the answer from the first tab',
          () => other.exec('options', 0),
          (o) => o.checked === 3,
        );
        await other.see('status', /Answers were updated from another tab or window/);
        await other.browser.click(other.call('optionTarget', 1, 1));
        await t.until(
          'the answer from the second tab',
          () => t.exec('options', 1),
          (o) => o.checked === 1,
        );
        assert.equal((await t.exec('options', 0)).checked, 3);
      },
    },
    {
      name: 'phone pages at 390×844: no sideways scroll, taps ≥ 44 px, the header menu',
      async run(t) {
        await seedScan(t);
        await t.browser.setViewport(390, 844);
        for (const [path, title] of [
          ['/', 'How future-proof is your collective?'],
          ['/#/scan/leadership', 'Shared leadership'],
          ['/#/results', 'Results for Buurtkracht'],
          ['/#/report', /Buurtkracht/],
          ['/#/data', 'Your data'],
          ['/#/workshop', /./],
        ]) {
          await t.goto(path);
          await heading(t, title);
          await noSidewaysScroll(t, path);
          await tapTargets(t, path);
          if (process.env.SHOTS)
            await t.browser.screenshot(
              `${process.env.SHOTS}/${t.browser.name}${path.replace(/[^a-z]+/g, '-')}.png`,
            );
        }
        await t.click('button', /^(Menu|Menu)$/);
        await t.see('link', 'How it works');
        await tapTargets(t, 'the open header menu');
        await noSidewaysScroll(t, 'the open header menu');
      },
    },
  ];
}
