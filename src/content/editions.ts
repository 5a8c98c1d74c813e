import type { Editions } from '@/domain/editions';
import { type Layout, layoutOf } from '@/domain/questionnaire';
import { questionnaire } from './questionnaire';

/**
 * Every edition of the questionnaire ever shipped, as its layout: the questions in order with
 * their option ids. Stored and shared compact answers are read with the layout of the edition
 * that wrote them, so an old link, file or session decodes by id, never by today's order.
 * Never change a shipped layout; add the next edition here when the questionnaire version rises.
 */
const AGREEMENT_1 = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'];
const LADDER_1 = [
  'manipulation',
  'therapy',
  'informing',
  'consultation',
  'placation',
  'partnership',
  'delegated-power',
  'citizen-control',
];

/** Statements per theme in the first edition (November 2026). */
const EDITION_1_THEMES: [themeId: string, statements: number][] = [
  ['financing-perspective', 5],
  ['leadership', 5],
  ['professionalisation', 5],
  ['upscaling', 5],
  ['member-loyalty', 5],
  ['community-building', 5],
  ['member-responsibility', 5],
  ['member-recruitment', 5],
  ['sectoral-vision', 4],
  ['obstructive-regulations', 4],
  ['sham-participation', 5],
  ['recognition', 5],
];

const edition1: Layout = {
  version: '1',
  questions: EDITION_1_THEMES.flatMap(([themeId, count]) =>
    Array.from({ length: count }, (_, index) => {
      const id = `${themeId}.q${index + 1}`;
      return { id, options: id === 'sham-participation.q5' ? LADDER_1 : AGREEMENT_1 };
    }),
  ),
};

export const currentLayout: Layout = layoutOf(questionnaire);

/** Today's questionnaire with the layout of every edition, for reading older data. */
export const editions: Editions = {
  questionnaire,
  layouts: { [edition1.version]: edition1, [currentLayout.version]: currentLayout },
};
