import type { TFunction } from 'i18next';

/**
 * Checked by `npm run typecheck`, never run: translation keys are typed from the English files,
 * so a misspelt key fails tsc. If the typing ever stopped working, the @ts-expect-error lines
 * below would be unused, and tsc fails on that instead.
 */
declare const t: TFunction<'results'>;
declare const tc: TFunction;

export const known = [t('title'), t('radar.caption'), tc('app.name')];

// @ts-expect-error a misspelt key in the screen's namespace does not compile
t('titel');
// @ts-expect-error a key from the wrong namespace does not compile
t('app.name');
// @ts-expect-error a misspelt key in the default namespace does not compile
tc('app.nmae');
