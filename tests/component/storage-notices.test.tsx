import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { useScanStore } from '@/stores/scan-store';
import { useSettingsStore } from '@/stores/settings-store';
import { makeAnswers } from '../helpers/answers';
import { mergeSession, sessionsFileText } from '../helpers/files';
import { renderApp, reopenApp } from '../helpers/render-app';

const SCAN = 'collective-scan:scan';
const RECORDS = 'collective-scan:records';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage notices', () => {
  // Reproduction 7: damaged snapshots said "your saved answers could not be read… empty scan".
  it('names the data that was damaged, says what was kept, and offers the damaged data', async () => {
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    localStorage.setItem(RECORDS, '{"state":{"snapshots":[{"id":');
    const { user } = await reopenApp('/scan/leadership');
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Your saved snapshots and action plan could not be read'),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      /The snapshots and action plan saved on this device are damaged\. We kept a copy \(.+\) and started them afresh\. Everything else on this device is untouched\./,
    );
    expect(within(alert).getByRole('button', { name: 'Download saved data' })).toBeInTheDocument();
    // The answers were not touched.
    const checked = screen
      .getAllByRole('radio', { name: 'Mostly true' })
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Close message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says which change was not saved when storage is full, in Dutch too', async () => {
    const { user } = await renderApp('/scan/leadership');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getAllByRole('radio', { name: 'Mostly true' })[0] as HTMLElement);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Not saved on this device: answers and profile')).toBeVisible();
    expect(alert).toHaveTextContent('The storage of this browser is full.');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    // Choosing the language could not be saved either: one notice names both.
    expect(
      await screen.findByText(
        'Niet bewaard op dit apparaat: antwoorden en profiel en instellingen',
      ),
    ).toBeInTheDocument();
  });

  // Reproduction 3 on screen: reading fails, so nothing may be saved over what is stored.
  it('holds back saving while stored answers cannot be read, and merges them in on "Try again"', async () => {
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    const stored = localStorage.getItem(SCAN);
    const getItem = Storage.prototype.getItem;
    const read = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (
      this: Storage,
      key: string,
    ) {
      if (key === SCAN) throw new DOMException('denied', 'SecurityError');
      return getItem.call(this, key);
    });
    const { user } = await reopenApp('/scan/leadership');
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Your saved answers and profile could not be read just now'),
    ).toBeInTheDocument();
    // Another statement than the stored one (the third of the theme).
    await user.click(screen.getAllByRole('radio', { name: 'Slightly true' })[2] as HTMLElement);
    read.mockRestore();
    expect(localStorage.getItem(SCAN)).toBe(stored);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await reopenApp('/scan/leadership');
    const radios = screen.getAllByRole('radio', { name: /Mostly true|Slightly true/ });
    expect(radios.filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(2);
  });
});

/** Storage that is full for anything larger than `bytes` characters, as a real quota is. */
function fullAbove(bytes: number) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    key: string,
    value: string,
  ) {
    if (value.length > bytes) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

describe('a change that cannot be saved is never reported as done', () => {
  const member = (n: number) => ({
    id: `member-${n}`,
    answers: encodeAnswers(
      currentLayout,
      makeAnswers(() => n % 5),
    ),
    addedAt: '2026-11-01T19:05:00.000Z',
  });
  const sessionsFile = (respondents: number) =>
    new File(
      [
        sessionsFileText([
          mergeSession({
            id: 'big-evening',
            name: 'Big evening',
            respondents: Array.from({ length: respondents }, (_, n) => member(n)),
          }),
        ]),
      ],
      'sessions.json',
      { type: 'application/json' },
    );

  // Reproduction 5: "1 session added" for a file too big to store, and the next session lost too.
  it('a sessions file too big to store is not added, and a session made afterwards is kept', async () => {
    const { user } = await renderApp('/workshop');
    fullAbove(20_000);
    await user.upload(screen.getByLabelText('Open a sessions file'), sessionsFile(400));
    expect(
      await screen.findByText(
        /^The sessions could not be saved: the storage of this browser is full/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/session added/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Big evening' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Name of the session'), 'Small evening');
    await user.click(screen.getByRole('radio', { name: /Merge answers/ }));
    await user.click(screen.getByRole('button', { name: 'Create session' }));
    await screen.findByRole('heading', { level: 1, name: 'Small evening' }, { timeout: 5000 });
    await reopenApp('/workshop');
    expect(screen.getByRole('link', { name: 'Small evening' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Big evening' })).not.toBeInTheDocument();
  });

  it('a backup that does not fit says which parts were not saved, in Dutch too', async () => {
    useSettingsStore.setState({ language: 'nl' });
    const { user } = await reopenApp('/data');
    const backup = {
      format: 'collective-scan-backup',
      version: 1,
      questionnaireVersion: questionnaire.version,
      exportedAt: '2026-11-27T00:00:00.000Z',
      scan: {
        profile: { name: 'Buurtkracht' },
        answers: { 'leadership.q7': 'mostly-true' },
        updatedAt: null,
      },
      snapshots: [],
      actions: [],
      sessions: JSON.parse(await sessionsFile(400).text()).sessions,
    };
    fullAbove(20_000);
    await user.upload(
      screen.getByLabelText('Open een bewaard bestand'),
      new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, gebruik het bestand' }));
    expect(
      await screen.findByText(
        /^Niet bewaard op dit apparaat: groepssessies\. .* Klaar: 1 antwoord geopend\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('a snapshot that cannot be saved says so, and is not listed', async () => {
    useScanStore.setState({ answers: makeAnswers(() => 2) });
    const { user } = await reopenApp('/results');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(
      await screen.findByText(/^The snapshot was not saved: the storage of this browser is full/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
    vi.restoreAllMocks();
    await reopenApp('/history');
    expect(
      await screen.findByText('No snapshots yet. Save one from the results.'),
    ).toBeInTheDocument();
  });
});
