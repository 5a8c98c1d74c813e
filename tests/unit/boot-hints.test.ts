import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { bootHints, routeOf, scanShellOf } from '@/domain/boot-hints';
import { LANGUAGE_CODES } from '@/domain/languages';
import { allThemes } from '@/domain/questionnaire';
import { SETTINGS_DOC_VERSION, settingsItems } from '@/domain/settings-items';
import { docOf, makeStamp } from '@/domain/synced-doc';

/** The settings as the settings store writes them (items with stamps, in a versioned envelope). */
function stored(language: 'en' | 'nl' | null, projector?: boolean) {
  const doc = docOf(settingsItems({ language, projector }), (index) => makeStamp(1, index, 'tab'));
  return JSON.stringify({ version: SETTINGS_DOC_VERSION, state: doc });
}

describe('bootHints: what the pre-paint script decides before the first paint', () => {
  it('takes the language and projector mode the settings store saved', () => {
    expect(bootHints(stored('nl', true), ['en-GB'])).toEqual({ language: 'nl', projector: true });
    expect(bootHints(stored('en', false), ['nl-NL'])).toEqual({ language: 'en', projector: false });
  });

  it('falls back to the browser when no language was chosen, or nothing is stored', () => {
    expect(bootHints(stored(null), ['nl-BE', 'en'])).toEqual({ language: 'nl', projector: false });
    expect(bootHints(null, ['fr-FR', 'nl'])).toEqual({ language: 'nl', projector: false });
    expect(bootHints(null, ['fr-FR'])).toEqual({ language: 'en', projector: false });
  });

  it('reads the older one-object settings (version 1)', () => {
    const older = JSON.stringify({ version: 1, state: { language: 'nl', projector: true } });
    expect(bootHints(older, ['en'])).toEqual({ language: 'nl', projector: true });
  });

  it('treats damaged or unknown values as not stored, without throwing', () => {
    for (const value of ['{', 'null', '42', '{"state":{"items":{"language":{"v":"fr"}}}}']) {
      expect(bootHints(value, ['nl'])).toEqual({ language: 'nl', projector: false });
    }
    const projectorAsText = JSON.stringify({ version: 1, state: { projector: 'yes' } });
    expect(bootHints(projectorAsText, ['en']).projector).toBe(false);
  });
});

describe('routeOf', () => {
  it('names the first part of a hash route, and nothing for the start screen', () => {
    expect(routeOf('')).toBe('');
    expect(routeOf('#')).toBe('');
    expect(routeOf('#/')).toBe('');
    expect(routeOf('#/scan/leadership')).toBe('scan');
    expect(routeOf('#/results')).toBe('results');
    expect(routeOf('#/results?x=1')).toBe('results');
    expect(routeOf('#/workshop/abc/results')).toBe('workshop');
  });
});

describe('scanShellOf: which theme top index.html shows before the app has run', () => {
  it('names the theme of a link into the scan, with or without a statement', () => {
    expect(scanShellOf('#/scan/leadership', false, null)).toBe('leadership');
    expect(scanShellOf('#/scan/leadership/3', false, null)).toBe('leadership');
    expect(scanShellOf('#/scan/leadership?x=1', false, null)).toBe('leadership');
  });

  it('names none on other screens, in projector mode, or after "Change" on the results', () => {
    expect(scanShellOf('', false, null)).toBe('');
    expect(scanShellOf('#/results', false, null)).toBe('');
    expect(scanShellOf('#/workshop/abc/answer/r1/leadership', false, null)).toBe('');
    expect(scanShellOf('#/scan/leadership', true, null)).toBe('');
    expect(scanShellOf('#/scan/leadership', false, { from: 'results' })).toBe('');
    // Another history state, or a damaged one, changes nothing.
    expect(scanShellOf('#/scan/leadership', false, { from: 'start' })).toBe('leadership');
    expect(scanShellOf('#/scan/leadership', false, 'results')).toBe('leadership');
  });
});

describe('the prerendered theme tops', () => {
  it('has a rule in the first stylesheet that shows each theme when the pre-paint script names it', () => {
    const css = readFileSync('src/app/base.css', 'utf8');
    for (const theme of allThemes(questionnaire)) {
      expect(css).toContain(`html[data-boot-shell="${theme.id}"] [data-scan-shell="${theme.id}"]`);
    }
  });
});

describe('the prerendered start screens', () => {
  it('has a rule in the first stylesheet that hides each language unless <html lang> is it', () => {
    const css = readFileSync('src/app/base.css', 'utf8');
    for (const language of LANGUAGE_CODES) {
      expect(css).toContain(`html:not([lang="${language}"]) [data-prerendered="${language}"]`);
    }
  });
});
