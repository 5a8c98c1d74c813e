import { describe, expect, it } from 'vitest';
import { currentLayout, editions } from '@/content/editions';
import { emptyCompactAnswers, encodeAnswers } from '@/domain/compact-answers';
import { makeAnswersShare, parseAnswersShare } from '@/domain/share';

const edition1 = editions.layouts['1'];
if (!edition1) throw new Error('The app reads edition 1');

/** Today's answers: one statement answered, one don't know, one not applicable. */
const answers = encodeAnswers(currentLayout, {
  'leadership.q7': 'mostly-true',
  'recognition.q5': 'dont-know',
  'sectoral-vision.q7': 'not-applicable',
});

const share = {
  format: 'collective-scan-answers',
  version: 1,
  questionnaireVersion: '2',
  respondentId: 'abc',
  answers,
  sharedAt: '2026-11-01',
};

describe('parseAnswersShare', () => {
  it("accepts a valid payload of today's edition as it is", () => {
    expect(parseAnswersShare(JSON.stringify(share), editions)).toEqual({
      ok: true,
      value: { share, fromEdition: null, dropped: {} },
    });
  });

  it('reads a payload of edition 1 into today’s edition, by id, and says what no longer counts', () => {
    const old = {
      ...share,
      questionnaireVersion: '1',
      answers: encodeAnswers(edition1, {
        'financing-perspective.q1': 'agree',
        'community-building.q5': 'strongly-agree',
        'sham-participation.q5': 'partnership',
      }),
    };
    expect(old.answers).toHaveLength(58);
    expect(parseAnswersShare(JSON.stringify(old), editions)).toEqual({
      ok: true,
      value: {
        share: {
          ...share,
          answers: encodeAnswers(currentLayout, {
            'community-building.q5': 'strongly-agree',
            'sham-participation.q5': 'partnership',
          }),
        },
        fromEdition: '1',
        dropped: { 'financing-perspective.q1': 'agree' },
      },
    });
  });

  it.each([
    ['nothing', null, 'corrupt'],
    ['garbage', 'not json at all', 'corrupt'],
    ['another format', JSON.stringify({ ...share, format: 'x' }), 'unknownFormat'],
    ['a newer version', JSON.stringify({ ...share, version: 9 }), 'newerVersion'],
    [
      'answers with characters the app never writes',
      JSON.stringify({ ...share, answers: '<'.repeat(share.answers.length) }),
      'character',
    ],
    ['answers cut short', JSON.stringify({ ...share, answers: '<script>' }), 'length'],
    [
      "answers of the wrong length for the payload's edition",
      JSON.stringify({ ...share, questionnaireVersion: '1' }),
      'length',
    ],
    ['a share date that is no date', JSON.stringify({ ...share, sharedAt: 'soon' }), 'date'],
    ['a share date of 30 February', JSON.stringify({ ...share, sharedAt: '2026-02-30' }), 'date'],
    [
      'a share time of 25 o’clock',
      JSON.stringify({ ...share, sharedAt: '2026-11-01T25:00:00.000Z' }),
      'date',
    ],
    ['no answers at all', JSON.stringify({ ...share, answers: '' }), 'length'],
    ['answers to 500 statements', JSON.stringify({ ...share, answers: '.'.repeat(500) }), 'length'],
    ['answers to 600 statements', JSON.stringify({ ...share, answers: '.'.repeat(600) }), 'length'],
    [
      'a respondent id a route cannot hold',
      JSON.stringify({ ...share, respondentId: 'a/b#c?d' }),
      'corrupt',
    ],
    [
      'another questionnaire',
      JSON.stringify({ ...share, questionnaireVersion: '7' }),
      'otherQuestionnaire',
    ],
  ])('refuses %s', (_label, text, reason) => {
    expect(parseAnswersShare(text, editions)).toEqual({ ok: false, error: reason });
  });
});

describe('makeAnswersShare', () => {
  const input = {
    questionnaireVersion: '2',
    respondentId: 'abc',
    answers,
    sharedAt: '2026-11-01',
  };

  it('makes a payload that parseAnswersShare reads back', () => {
    const made = makeAnswersShare({ ...input, name: 'Anna' });
    expect(parseAnswersShare(JSON.stringify(made), editions)).toEqual({
      ok: true,
      value: { share: made, fromEdition: null, dropped: {} },
    });
    expect(made).toEqual({ ...share, name: 'Anna' });
  });

  it('leaves out an empty name and cuts a long one to 80 characters', () => {
    expect(makeAnswersShare({ ...input, name: '' })).not.toHaveProperty('name');
    expect(makeAnswersShare({ ...input, name: 'x'.repeat(200) }).name).toBe('x'.repeat(80));
  });

  it('shares an empty scan as an empty scan', () => {
    const empty = makeAnswersShare({ ...input, answers: emptyCompactAnswers(currentLayout) });
    const read = parseAnswersShare(JSON.stringify(empty), editions);
    expect(read.ok && read.value.share.answers).toBe('.'.repeat(69));
  });
});
