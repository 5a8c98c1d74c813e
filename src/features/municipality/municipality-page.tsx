import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SHEET_SECTIONS, type SheetSectionId } from '@/content/conversation-sheet';
import type { SheetLevel } from '@/domain/conversation-sheet';
import { printPage } from '@/lib/print';
import { useSheetStore } from '@/stores/sheet-store';
import { PageHeading } from '@/ui/page-heading';
import { SheetForm } from './sheet-form';
import { SheetPrintout } from './sheet-printout';
import { useSheetDefaults } from './use-sheet-defaults';
import './sheet.css';

/**
 * The conversation sheet for the municipality (`#/municipality`): the board fills in what it wants
 * to say, next to tips chosen by its scores on the four government themes, and prints one A4 page
 * to take to an alderman or civil servant. On screen the form comes first, then the sheet itself.
 */
export function MunicipalityPage() {
  const { t } = useTranslation('sheet');
  const sheet = useSheetStore((state) => state.sheet);
  const { themes, defaults, profile, language } = useSheetDefaults();
  const levels = Object.fromEntries(
    SHEET_SECTIONS.map((section) => [
      section.id,
      themes.find((theme) => theme.themeId === section.themeId)?.level ?? 'unscored',
    ]),
  ) as Record<SheetSectionId, SheetLevel>;
  const unscored = themes.every((theme) => theme.score === null);
  // The form starts from the store; it is drawn afresh when the language or the suggestions
  // change, so a suggested question always shows in the words it will print in.
  const formKey = [language, defaults.ladderNow, ...defaults.questions].join('|');

  return (
    <>
      <div className="municipality no-print">
        <PageHeading>{t('page.title')}</PageHeading>
        <p className="lead">{t('page.intro')}</p>
        <p>{t('page.saved')}</p>
        {unscored ? <p className="municipality__note">{t('page.noScores')}</p> : null}
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={printPage}>
            {t('page.print')}
          </button>
          <Link href="/results" className="button">
            {t('page.back')}
          </Link>
        </div>
        <p>{t('page.printHint')}</p>
        <h2>{t('page.formTitle')}</h2>
        <SheetForm key={formKey} defaults={defaults} levels={levels} />
        <aside className="municipality__law" aria-labelledby="municipality-law">
          <h2 id="municipality-law">{t('page.lawTitle')}</h2>
          <p>{t('page.law')}</p>
        </aside>
        <h2>{t('page.previewTitle')}</h2>
      </div>
      <SheetPrintout sheet={sheet} defaults={defaults} themes={themes} profile={profile} />
    </>
  );
}
