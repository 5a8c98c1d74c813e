import { screen, within } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { currentLayout, editions } from '@/content/editions';
import { encodeAnswers } from '@/domain/compact-answers';
import type { Layout } from '@/domain/questionnaire';
import { useSessionStore } from '@/stores/session-store';
import { renderApp } from '../helpers/render-app';

/** The link a member sends after answering; `layout` is the edition of the questions they had. */
const link = (
  respondentId: string,
  layout: Layout = currentLayout,
  answers: Record<string, string> = { 'leadership.q7': 'mostly-true' },
) =>
  `http://127.0.0.1/#/join/${compressToEncodedURIComponent(
    JSON.stringify({
      format: 'collective-scan-answers',
      version: 1,
      questionnaireVersion: layout.version,
      respondentId,
      answers: encodeAnswers(layout, answers),
      sharedAt: '2026-11-01',
    }),
  )}`;

describe('merging shared answers', () => {
  it('adds pasted links, counts the same person once, and explains a broken one', async () => {
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByLabelText('Paste one or more links (one per line)'));
    await user.paste(`${link('a')}\n${link('b')}\n${link('a')}\nhttp://127.0.0.1/#/join/broken`);
    await user.click(screen.getByRole('button', { name: 'Add these links' }));
    expect(screen.getByText('Added 2 new, updated 0 with newer answers.')).toBeInTheDocument();
    const report = within(screen.getByRole('list', { name: 'What each link or file did' }));
    expect(report.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Link 1: Respondent 1 added.',
      'Link 2: Respondent 2 added.',
      'Link 3: a duplicate of Respondent 1’s answers; counted once.',
      'Link 4: The link or file is damaged or cut off.',
    ]);
    expect(screen.getByRole('heading', { name: '2 respondents' })).toBeInTheDocument();
    expect(screen.getByText('Respondent 1 · 1 of 69 answered')).toBeInTheDocument();
    expect(screen.getByText('Respondent 2 · 1 of 69 answered')).toBeInTheDocument();
  });

  it('reads a link made with the first edition of the questions, and says what is left out', async () => {
    const edition1 = editions.layouts['1'];
    if (!edition1) throw new Error('The app reads edition 1');
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    const old = link('c', edition1, {
      'leadership.q1': 'agree', // removed in edition 2
      'recognition.q2': 'disagree', // removed in edition 2
      'community-building.q5': 'agree', // unchanged
    });
    await user.click(screen.getByLabelText('Paste one or more links (one per line)'));
    await user.paste(old);
    await user.click(screen.getByRole('button', { name: 'Add these links' }));
    expect(screen.getByText('Added 1 new, updated 0 with newer answers.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Link 1: given to edition 1 of the questions; 2 answers to changed or removed statements are left out.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Respondent 1 · 1 of 69 answered')).toBeInTheDocument();
  });
});
