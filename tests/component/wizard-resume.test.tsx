import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScanStore } from '@/stores/scan-store';
import { renderApp, reopenApp } from '../helpers/render-app';

/**
 * Where the wizard puts the user: the statement "continue" names, the first open statement of a
 * theme already begun, and after an answer by pointer the next open one. jsdom cannot scroll, so
 * these tests watch which statement the page asks the browser to bring into view (the browser
 * tests in tests/e2e/phone-wizard.spec.ts check what the screen then shows).
 */
const statements = () =>
  within(screen.getByRole('main'))
    .getAllByRole('group')
    .filter((group) => !within(group).queryByRole('navigation', { name: 'All steps' }));

/** The statement groups (or other elements) asked to come into view, by accessible name. */
let broughtIntoView: Element[] = [];
const scrollIntoView = Element.prototype.scrollIntoView;

beforeEach(() => {
  broughtIntoView = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    broughtIntoView.push(this);
  });
});

afterEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
});

describe('where the wizard puts the user', () => {
  it('continues at the first unanswered statement, or at the profile while only that is begun', async () => {
    useScanStore.getState().setProfile({ name: 'De Windvang' });
    await renderApp('/scan/resume');
    expect(
      screen.getByRole('heading', { level: 1, name: 'About your collective' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/scan/profile');

    // Sound finances answered but its third statement, which was skipped: that is where to go on.
    for (const id of ['q6', 'q7', 'q9', 'q10', 'q11']) {
      useScanStore.getState().setAnswer(`financing-perspective.${id}`, 'dont-know');
    }
    broughtIntoView = [];
    await reopenApp('/scan/resume');
    expect(screen.getByRole('heading', { level: 1, name: 'Sound finances' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/scan/financing-perspective'));
    expect(broughtIntoView).toEqual([statements()[2]]);
  });

  it('never continues at a statement the profile rules out', async () => {
    // Founded this year: leadership's fourth statement (two years at least) is not asked.
    useScanStore.getState().setProfile({ founded: new Date().getFullYear() });
    for (const id of ['q6', 'q7', 'q8'])
      useScanStore.getState().setAnswer(`leadership.${id}`, 'dont-know');
    for (const id of ['q6', 'q7', 'q8', 'q9', 'q10', 'q11']) {
      useScanStore.getState().setAnswer(`financing-perspective.${id}`, 'dont-know');
    }
    await renderApp('/scan/resume');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Shared leadership' }),
    ).toBeInTheDocument();
    // The fourth is explained, not asked: the fifth statement (the fourth group) is next.
    expect(broughtIntoView).toEqual([statements()[3]]);
  });

  it('opens the statement "continue" names among all statements, then leaves the address', async () => {
    await renderApp('/scan/leadership/3');
    expect(statements()).toHaveLength(6);
    await waitFor(() => expect(window.location.hash).toBe('#/scan/leadership'));
    expect(broughtIntoView).toEqual([statements()[2]]);
  });

  it('opens a theme already begun at its first open statement, one not begun at its top', async () => {
    useScanStore.getState().setAnswer('leadership.q6', 'mostly-true');
    useScanStore.getState().setAnswer('leadership.q8', 'dont-know');
    await renderApp('/scan/leadership');
    expect(broughtIntoView).toEqual([statements()[1]]);

    broughtIntoView = [];
    await reopenApp('/scan/upscaling');
    expect(screen.getByRole('heading', { level: 1, name: 'Growing impact' })).toBeInTheDocument();
    expect(broughtIntoView).toEqual([]);
  });

  it('after an answer by pointer brings the next open statement into view, not after a key', async () => {
    useScanStore.getState().setAnswer('leadership.q7', 'dont-know');
    const { user } = await renderApp('/scan/leadership');
    broughtIntoView = [];
    const [first, , third] = statements();

    // A click on the first statement: the second is answered, so the third comes into view.
    await user.click(within(first as HTMLElement).getByRole('radio', { name: 'Mostly true' }));
    expect(broughtIntoView).toEqual([third]);
    expect(within(first as HTMLElement).getByRole('radio', { name: 'Mostly true' })).toHaveFocus();

    // Changing that answer moves nothing.
    broughtIntoView = [];
    await user.click(within(first as HTMLElement).getByRole('radio', { name: 'Partly true' }));
    expect(broughtIntoView).toEqual([]);

    // Answering with the keyboard moves nothing either; focus stays on the answer.
    const keyed = within(third as HTMLElement).getByRole('radio', { name: 'Not true at all' });
    keyed.focus();
    await user.keyboard(' ');
    expect(keyed).toBeChecked();
    expect(keyed).toHaveFocus();
    expect(broughtIntoView).toEqual([]);
  });

  it('brings the way on into view once every statement of the theme is answered', async () => {
    for (const id of ['q6', 'q7', 'q8', 'q9', 'q10']) {
      useScanStore.getState().setAnswer(`leadership.${id}`, 'dont-know');
    }
    const { user } = await renderApp('/scan/leadership');
    broughtIntoView = [];
    const last = statements()[5] as HTMLElement;
    await user.click(within(last).getByRole('radio', { name: 'Mostly true' }));
    expect(broughtIntoView).toEqual([screen.getByRole('navigation', { name: 'Steps' })]);
  });
});
