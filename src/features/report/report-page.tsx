import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { toRadarSeries } from '@/domain/radar';
import { compareSnapshots, scoresForSnapshot } from '@/domain/records';
import { statementCoverage } from '@/domain/report';
import { strongestThemes, weakestThemes } from '@/domain/scoring';
import { themeKey } from '@/lib/i18n-keys';
import { printPage } from '@/lib/print';
import { useRecordsStore } from '@/stores/records-store';
import { useScanResult } from '@/stores/scan-result';
import { PageHeading } from '@/ui/page-heading';
import { Radar, scoreAxes } from '@/ui/radar';
import { ReportFocus } from './report-focus';
import { ReportPlan } from './report-plan';
import { ReportThemes } from './report-themes';
import './report.css';

const themeIds = allThemes(questionnaire).map((theme) => theme.id);

/**
 * The board report: one A4 page in portrait that is worth printing. The profile, the radar, all
 * twelve themes with score, level and change, where to start and what is strongest, the action
 * plan, and what the scores rest on. On a wide screen it is shown as the sheet it prints as.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: tp } = useTranslation('profile');
  const { profile, scores } = useScanResult();
  const actions = useRecordsStore((state) => state.actions);
  const snapshots = useRecordsStore((state) => state.snapshots);
  const series = toRadarSeries(scores);
  const now = scoresForSnapshot(scores);
  // The newest own snapshot that is not simply this result saved a moment ago.
  const previous = snapshots.find(
    (snapshot) =>
      snapshot.kind === 'individual' &&
      compareSnapshots(themeIds, snapshot, now).some((change) => change.before !== change.after),
  );
  const changes = previous
    ? new Map(compareSnapshots(themeIds, previous, now).map((change) => [change.themeId, change]))
    : null;
  const name = profile.name ?? t('report.unnamed');
  const longDate = (date: Date) => date.toLocaleDateString(i18n.language, { dateStyle: 'long' });
  const coverage = statementCoverage(scores);
  const facts = [
    profile.sectors?.map((sector) => tp(`sectors.options.${sector}`)).join(', '),
    profile.legalForm ? tp(`legalForm.options.${profile.legalForm}`) : null,
    profile.members ? t('report.members', { count: profile.members }) : null,
    profile.founded ? t('report.founded', { year: profile.founded }) : null,
    profile.scale ? tp(`scale.options.${profile.scale}`) : null,
  ].filter(Boolean);

  return (
    <>
      <div className="sheet-tools no-print">
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={printPage}>
            {t('report.print')}
          </button>
          <Link href="/results" className="button">
            {t('report.back')}
          </Link>
          <Link href="/municipality" className="button">
            {t('keep.sheet')}
          </Link>
        </div>
        <p>{t('report.printHint')}</p>
      </div>
      <article className="report sheet">
        <header className="sheet__head">
          <PageHeading>{t('report.title', { name })}</PageHeading>
          <p className="sheet__meta">{[longDate(new Date()), ...facts].join(' · ')}</p>
        </header>
        <div className="sheet__top">
          <Radar
            axes={scoreAxes(series, (id) => tq(themeKey(id, 'short')))}
            lines={[{ key: 'score', name, look: 'result', values: series.map((p) => p.score) }]}
            label={t('report.radarLabel', { name })}
            caption={t('report.radarCaption')}
          />
          <div>
            <ReportThemes scores={scores} changes={changes} />
            <p className="sheet__note">
              {t('report.coverage', coverage)}{' '}
              {previous
                ? t('report.since', {
                    name: previous.name,
                    date: longDate(new Date(previous.createdAt)),
                  })
                : t('report.noPrevious')}
            </p>
          </div>
        </div>
        <ReportFocus weakest={weakestThemes(scores)} strongest={strongestThemes(scores)} />
        <ReportPlan actions={actions} themeIds={themeIds} />
        <footer className="sheet__notes">
          <p>{t('report.method')}</p>
        </footer>
      </article>
    </>
  );
}
