import { describe, expect, it } from 'vitest';
import { questionnaire as realQuestionnaire } from '@/content/questionnaire';
import { scoreAssessment, strongestThemes, weakestThemes } from '@/domain/scoring';
import { smallQuestionnaire as small } from '../helpers/small-questionnaire';

/** The strongest themes, the weakest's counterpart on the results' first screen. */
describe('strongestThemes', () => {
  it('has none when nothing is answered', () => {
    expect(strongestThemes(scoreAssessment(realQuestionnaire, {}))).toEqual([]);
  });

  it('takes the highest themes, highest first, at most the number asked', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'agree',
      'one.q2': 'agree',
      'two.q1': 'not-true',
      'two.q2': 'rarely',
      'three.q1': 'neutral',
      'three.q2': 'neutral',
    });
    // Three themes with a score: all three are the weakest, so none is left to be strongest.
    expect(strongestThemes(scores)).toEqual([]);
    // Asked for one of each, the weakest is "two" and the strongest "one".
    expect(weakestThemes(scores, 1).map((theme) => theme.themeId)).toEqual(['two']);
    expect(strongestThemes(scores, 1).map((theme) => [theme.themeId, theme.score])).toEqual([
      ['one', 75],
    ]);
  });

  it('never names a theme that is also among the weakest, nor one with too few answers', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'strongly-agree', // one answer of four: too few, however high
      'two.q1': 'mostly-true',
      'two.q2': 'often',
      'three.q1': 'neutral',
      'three.q2': 'neutral',
    });
    expect(strongestThemes(scores, 1).map((theme) => theme.themeId)).toEqual(['two']);
    expect(strongestThemes(scores, 2)).toEqual([]);
  });
});
