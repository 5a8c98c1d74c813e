import type advice from '@locales/en/advice.json';
import type common from '@locales/en/common.json';
import type data from '@locales/en/data.json';
import type exchange from '@locales/en/exchange.json';
import type handin from '@locales/en/handin.json';
import type matchmaking from '@locales/en/matchmaking.json';
import type method from '@locales/en/method.json';
import type profile from '@locales/en/profile.json';
import type questionnaire from '@locales/en/questionnaire.json';
import type results from '@locales/en/results.json';
import type retired from '@locales/en/retired.json';
import type sheet from '@locales/en/sheet.json';
import type wizard from '@locales/en/wizard.json';
import type workshop from '@locales/en/workshop.json';

/**
 * Translation keys are typed from the English files (the source language): a misspelt key in
 * `t()` fails `tsc`. Keys built from ids at run time go through the builders in i18n-keys.ts;
 * tests/unit/content.test.ts proves every id has its texts in both languages.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      advice: typeof advice;
      common: typeof common;
      data: typeof data;
      exchange: typeof exchange;
      handin: typeof handin;
      matchmaking: typeof matchmaking;
      method: typeof method;
      profile: typeof profile;
      questionnaire: typeof questionnaire;
      results: typeof results;
      retired: typeof retired;
      sheet: typeof sheet;
      wizard: typeof wizard;
      workshop: typeof workshop;
    };
  }
}
