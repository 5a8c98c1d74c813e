import { screen, waitFor, within } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { useSessionStore } from '@/stores/session-store';
import { useSettingsStore } from '@/stores/settings-store';
import { mergeSession, sessionsFileText } from '../helpers/files';
import { renderApp, reopenApp } from '../helpers/render-app';

/**
 * Files and links are checked to the last character: what is refused says what broke, in the
 * user's language; what is left out is listed; every imported session can be opened.
 */

const pack = (payload: object) => compressToEncodedURIComponent(JSON.stringify(payload));

/** The payload of a member's join link; `answers` and `sharedAt` may be changed. */
const answersPayload = (change: object = {}) =>
  pack({
    format: 'collective-scan-answers',
    version: 1,
    questionnaireVersion: questionnaire.version,
    respondentId: 'member-anna',
    name: 'Anna',
    answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
    sharedAt: '2026-11-01T19:00:00.000Z',
    ...change,
  });

/** The payload of a results link; `sharedAt` may be changed. */
const resultsPayload = (change: object = {}) =>
  pack({
    format: 'collective-scan-results',
    version: 2,
    questionnaireVersion: questionnaire.version,
    sharedAt: '2026-11-27T10:00:00.000Z',
    profile: { name: 'Buurtkracht' },
    overall: 61,
    areas: {},
    themes: { leadership: [55, 6, 6] },
    ...change,
  });

/** A payload whose compressed text holds a +, which messaging apps send as %2B. */
function withPlus(make: (n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const payload = make(n);
    if (payload.includes('+')) return payload;
  }
}

/** Opens the app at `route` in Dutch, as a Dutch browser would after choosing it. */
async function openInDutch(route: string) {
  useSettingsStore.setState({ language: 'nl' });
  return reopenApp(route);
}

describe('a join link (#/join/…) is checked to its last character', () => {
  const cases = [
    {
      label: 'an empty answers string',
      payload: () => answersPayload({ answers: '' }),
      en: 'The answers do not match the questions: some are missing or there are too many.',
      nl: 'De antwoorden passen niet bij de vragen: er ontbreken er of er zijn er te veel.',
    },
    {
      label: '500 answers',
      payload: () => answersPayload({ answers: '0'.repeat(500) }),
      en: 'The answers do not match the questions: some are missing or there are too many.',
      nl: 'De antwoorden passen niet bij de vragen: er ontbreken er of er zijn er te veel.',
    },
    {
      label: 'junk appended',
      payload: () => `${answersPayload()}junk`,
      en: 'The link has extra characters at the end.',
      nl: 'Aan het eind van de link staan tekens die er niet bij horen.',
    },
    {
      label: 'a share date of 30 February',
      payload: () => answersPayload({ sharedAt: '2026-02-30' }),
      en: 'The date in the link or file is not a real date.',
      nl: 'De datum in de link of het bestand is geen echte datum.',
    },
  ];

  it.each(cases)('refuses a link with $label, and says why (English)', async (c) => {
    await renderApp(`/join/${c.payload()}`);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('These answers cannot be used');
    expect(notice).toHaveTextContent(c.en);
    expect(screen.queryByRole('button', { name: 'Add to session' })).toBeNull();
    expect(screen.queryByText(/answered \d+ of/)).toBeNull();
  });

  it.each(cases)('refuses a link with $label, and says why (Dutch)', async (c) => {
    await openInDutch(`/join/${c.payload()}`);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('We kunnen deze antwoorden niet gebruiken');
    expect(notice).toHaveTextContent(c.nl);
    expect(screen.queryByRole('button', { name: 'Voeg toe aan sessie' })).toBeNull();
  });

  it('accepts a link whose + a messaging app sent as %2B, and adds it', async () => {
    const payload = withPlus((n) => answersPayload({ name: `Anna ${n}` }));
    const { user } = await renderApp(`/join/${payload.replaceAll('+', '%2B')}`);
    expect(screen.getByText(/^Anna \d+ answered 1 of 69 statements\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to session' }));
    expect(await screen.findByText(/^Anna \d+ · 1 of 69 answered/)).toBeInTheDocument();
  });
});

describe('a results link (#/shared/…) is checked to its last character', () => {
  it('opens an intact link', async () => {
    await renderApp(`/shared/${resultsPayload()}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Shared results: Buurtkracht' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/shared with you on .*2026\./)).toBeInTheDocument();
    expect(screen.queryByText(/Invalid Date/)).toBeNull();
  });

  it('opens a link whose + a messaging app sent as %2B', async () => {
    const payload = withPlus((n) => resultsPayload({ profile: { name: `Buurtkracht ${n}` } }));
    await renderApp(`/shared/${payload.replaceAll('+', '%2B')}`);
    expect(
      screen.getByRole('heading', { level: 1, name: /^Shared results: Buurtkracht \d+$/ }),
    ).toBeInTheDocument();
  });

  it.each([
    {
      label: 'junk appended',
      payload: () => `${resultsPayload()}AAAA`,
      en: 'The link has extra characters at the end.',
      nl: 'Aan het eind van de link staan tekens die er niet bij horen.',
    },
    {
      label: 'a date that is no date',
      payload: () => resultsPayload({ sharedAt: 'yesterday' }),
      en: 'The date in the link is not a real date.',
      nl: 'De datum in de link is geen echte datum.',
    },
    {
      label: 'a date of 31 April',
      payload: () => resultsPayload({ sharedAt: '2026-04-31T10:00:00.000Z' }),
      en: 'The date in the link is not a real date.',
      nl: 'De datum in de link is geen echte datum.',
    },
    {
      label: 'a slash and more pasted after it',
      payload: () => `${resultsPayload()}/more`,
      en: 'The link holds characters that links from this app never contain',
      nl: 'In de link staan tekens die nooit in een link uit deze app staan.',
    },
    {
      label: 'characters no link of this app holds',
      payload: () => `${resultsPayload().slice(0, 40)}!*()`,
      en: 'The link holds characters that links from this app never contain',
      nl: 'In de link staan tekens die nooit in een link uit deze app staan.',
    },
  ])('refuses a link with $label and names it, in English and Dutch', async (c) => {
    await renderApp(`/shared/${c.payload()}`);
    let notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('This link cannot be opened');
    expect(notice).toHaveTextContent(c.en);
    expect(screen.queryByText(/Invalid Date/)).toBeNull();

    await openInDutch(`/shared/${c.payload()}`);
    notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Deze link kunnen we niet openen');
    expect(notice).toHaveTextContent(c.nl);
  });
});

describe('an imported sessions file: every session can be opened', () => {
  const session = mergeSession({
    respondents: [
      {
        id: 'anna',
        answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
        addedAt: '2026-11-01T19:05:00.000Z',
      },
    ],
  });
  const file = (sessions: object[]) =>
    new File([sessionsFileText(sessions)], 'sessions.json', { type: 'application/json' });

  it('adds two sessions with the same id and one with an unsafe id as three, each one opening', async () => {
    const { user } = await renderApp('/workshop');
    await user.upload(
      screen.getByLabelText('Open a sessions file'),
      file([
        session,
        { ...session, name: 'Same id, second' },
        { ...session, id: 'a/b#c?d', name: 'Unsafe id' },
      ]),
    );
    expect(await screen.findByText('3 sessions added.')).toBeInTheDocument();
    const ids = useSessionStore.getState().sessions.map(({ id }) => id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    for (const name of ['Board evening', 'Same id, second', 'Unsafe id']) {
      await user.click(screen.getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
      expect(screen.getByText(/1 respondent/)).toBeInTheDocument();
      window.history.back();
      await screen.findByRole('heading', { level: 1, name: 'Workshop: answer together' });
    }
  });
});

describe('a backup with values that are no answers', () => {
  const backup = (answers: Record<string, unknown>) =>
    new File(
      [
        JSON.stringify({
          format: 'collective-scan-backup',
          version: 1,
          questionnaireVersion: questionnaire.version,
          exportedAt: '2026-11-27T00:00:00.000Z',
          scan: { profile: { name: 'Buurtkracht' }, answers, updatedAt: null },
          snapshots: [],
          actions: [],
          sessions: [],
        }),
      ],
      'backup.json',
      { type: 'application/json' },
    );

  it('lists "maybe" in the confirmation, and says after opening that it was left out', async () => {
    const { user } = await renderApp('/data');
    await user.upload(
      screen.getByLabelText('Open a saved file'),
      backup({ 'leadership.q7': 'mostly-true', 'leadership.q6': 'maybe' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Use this saved copy?' });
    expect(dialog).toHaveTextContent(
      '1 value in this file is not an answer to a statement of its edition of the questions',
    );
    expect(within(dialog).getByText('leadership.q6: “maybe”')).toBeInTheDocument();
    // Not mistaken for answers of an earlier edition.
    expect(dialog).not.toHaveTextContent(/edition 2 of the questions/);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, use the file' }));
    expect(
      await screen.findByText(
        'Done: 1 answer opened. 1 value that was not an answer was left out.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a count and the first five of many values left out, never all of them', async () => {
    const answers: Record<string, string> = {};
    for (let n = 0; n < 2000; n += 1) answers[`unknown-${n}.q1`] = `maybe-${n}`;
    const { user } = await renderApp('/data');
    await user.upload(screen.getByLabelText('Open a saved file'), backup(answers));
    const dialog = await screen.findByRole('dialog', { name: 'Use this saved copy?' });
    expect(dialog).toHaveTextContent('2,000 values in this file are not answers');
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'unknown-0.q1: “maybe-0”',
      'unknown-1.q1: “maybe-1”',
      'unknown-2.q1: “maybe-2”',
      'unknown-3.q1: “maybe-3”',
      'unknown-4.q1: “maybe-4”',
      'and 1,995 more',
    ]);
    await waitFor(() => expect((dialog.textContent ?? '').length).toBeLessThan(2000));
  });
});
