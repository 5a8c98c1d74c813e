import { screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { useSessionStore } from '@/stores/session-store';
import { renderApp } from '../helpers/render-app';

/** The link a member sends after answering one statement. */
const link = (respondentId: string) =>
  `http://127.0.0.1/#/join/${compressToEncodedURIComponent(
    JSON.stringify({
      format: 'collective-scan-answers',
      version: 1,
      questionnaireVersion: '1',
      respondentId,
      answers: encodeAnswers(questionnaire, { 'leadership.q1': 'agree' }),
      sharedAt: '2026-11-01',
    }),
  )}`;

describe('merging shared answers', () => {
  it('adds pasted links, counts the same person once, and explains a broken one', async () => {
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.type(
      screen.getByLabelText('Paste one or more links (one per line)'),
      `${link('a')}\n${link('b')}\n${link('a')}\nhttp://127.0.0.1/#/join/broken`,
    );
    await user.click(screen.getByRole('button', { name: 'Add these links' }));
    expect(screen.getByText('Added 2 new, updated 1 already in this session.')).toBeInTheDocument();
    expect(screen.getByText('4: The link or file is damaged or cut off.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 respondents' })).toBeInTheDocument();
    expect(screen.getByText('Respondent 1 · 1 of 58 answered')).toBeInTheDocument();
    expect(screen.getByText('Respondent 2 · 1 of 58 answered')).toBeInTheDocument();
  });
});
