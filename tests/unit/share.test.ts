import { describe, expect, it } from 'vitest';
import { makeAnswersShare, parseAnswersShare } from '@/domain/share';

const share = {
  format: 'collective-scan-answers',
  version: 1,
  questionnaireVersion: '1',
  respondentId: 'abc',
  answers: '01d.n',
  sharedAt: '2026-11-01',
};

describe('parseAnswersShare', () => {
  it('accepts a valid payload', () => {
    expect(parseAnswersShare(JSON.stringify(share), '1')).toEqual({ ok: true, value: share });
  });

  it.each([
    ['nothing', null, 'corrupt'],
    ['garbage', 'not json at all', 'corrupt'],
    ['another format', JSON.stringify({ ...share, format: 'x' }), 'unknownFormat'],
    ['a newer version', JSON.stringify({ ...share, version: 9 }), 'newerVersion'],
    ['bad answers', JSON.stringify({ ...share, answers: '<script>' }), 'corrupt'],
    [
      'another questionnaire',
      JSON.stringify({ ...share, questionnaireVersion: '7' }),
      'otherQuestionnaire',
    ],
  ])('refuses %s', (_label, text, reason) => {
    expect(parseAnswersShare(text, '1')).toEqual({ ok: false, error: reason });
  });
});

describe('makeAnswersShare', () => {
  const input = {
    questionnaireVersion: '1',
    respondentId: 'abc',
    answers: '01d.n',
    sharedAt: '2026-11-01',
  };

  it('makes a payload that parseAnswersShare reads back', () => {
    const made = makeAnswersShare({ ...input, name: 'Anna' });
    expect(parseAnswersShare(JSON.stringify(made), '1')).toEqual({ ok: true, value: made });
    expect(made).toEqual({ ...share, name: 'Anna' });
  });

  it('leaves out an empty name and cuts a long one to 80 characters', () => {
    expect(makeAnswersShare({ ...input, name: '' })).not.toHaveProperty('name');
    expect(makeAnswersShare({ ...input, name: 'x'.repeat(200) }).name).toBe('x'.repeat(80));
  });
});
