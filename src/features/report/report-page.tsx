import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { allThemes } from '@/domain/questionnaire';
import { toRadarSeries } from '@/domain/radar';
import { changeLabel, compareSnapshots, scoresForSnapshot } from '@/domain/records';
import { weakestThemes } from '@/domain/scoring';
import { actionText, areaKey, bandKey, themeKey } from '@/lib/i18n-keys';
import { printPage } from '@/lib/print';
import { useRecordsStore } from '@/stores/records-store';
import { useScanResult } from '@/stores/scan-result';
import { Band } from '@/ui/band';
import { PageHeading } from '@/ui/page-heading';
import { Radar, scoreAxes } from '@/ui/radar';
import './report.css';

const themeIds = allThemes(questionnaire).map((theme) => theme.id);

/** One A4 page for the board: profile, scores, radar, weakest themes with chosen steps, change. */
export function ReportPage() {
  const { t, i18n } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: tp } = useTranslation('profile');
  const { profile, scores } = useScanResult();
  const actions = useRecordsStore((state) => state.actions);
  const snapshots = useRecordsStore((state) => state.snapshots);
  const { t: ta } = useTranslation('advice');
  const { t: tr } = useTranslation('retired');
  const scoreCell = (score: number | null) =>
    score === null ? (
      tq('score.tooFewAnswers')
    ) : (
      <>
        {roundScore(score)} <Band level={levelOf(score)} label={tq(bandKey(levelOf(score)))} />
      </>
    );
  const weakest = weakestThemes(scores);
  const series = toRadarSeries(scores);
  const now = scoresForSnapshot(scores);
  // The newest own snapshot that is not simply this result saved a moment ago.
  const previous = snapshots.find(
    (snapshot) =>
      snapshot.kind === 'individual' &&
      compareSnapshots(themeIds, snapshot, now).some((change) => change.before !== change.after),
  );
  const changes = previous ? compareSnapshots(themeIds, previous, now) : [];
  const moved = changes.filter((change) => change.before !== change.after);
  const name = profile.name ?? t('report.unnamed');
  const today = new Date().toLocaleDateString(i18n.language, { dateStyle: 'long' });
  const facts = [
    profile.sectors?.map((sector) => tp(`sectors.options.${sector}`)).join(', '),
    profile.legalForm ? tp(`legalForm.options.${profile.legalForm}`) : null,
    profile.members ? t('report.members', { count: profile.members }) : null,
    profile.founded ? t('report.founded', { year: profile.founded }) : null,
    profile.scale ? tp(`scale.options.${profile.scale}`) : null,
  ].filter(Boolean);

  return (
    <article className="report">
      <div className="button-row no-print">
        <button type="button" className="button button--primary" onClick={printPage}>
          {t('report.print')}
        </button>
        <Link href="/results" className="button">
          {t('report.back')}
        </Link>
      </div>
      <PageHeading>{t('report.title', { name })}</PageHeading>
      <p className="report__meta">
        {today}
        {facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}
      </p>
      <div className="report__top">
        <table className="score-table report__scores">
          <caption>{t('report.scores')}</caption>
          {scores.areas.map((area) => (
            <tbody key={area.areaId}>
              <tr className="score-table__area">
                <th scope="row">{tq(areaKey(area.areaId, 'title'))}</th>
                <td>{scoreCell(area.score)}</td>
              </tr>
              {area.themes.map((theme) => (
                <tr key={theme.themeId}>
                  <th scope="row" className="score-table__theme">
                    {tq(themeKey(theme.themeId, 'title'))}
                  </th>
                  <td>{scoreCell(theme.score)}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tbody>
            <tr className="score-table__area">
              <th scope="row">{t('summary.overall')}</th>
              <td>{scoreCell(scores.overall)}</td>
            </tr>
          </tbody>
        </table>
        <Radar
          axes={scoreAxes(series, (id) => tq(themeKey(id, 'short')))}
          lines={[{ key: 'score', name, look: 'result', values: series.map((p) => p.score) }]}
          label={t('radar.label', { title: name })}
          caption={t('radar.caption')}
        />
      </div>
      <section aria-labelledby="report-weakest">
        <h2 id="report-weakest">{t('report.weakest')}</h2>
        <ul className="report__list">
          {weakest.map((theme) => (
            <li key={theme.themeId}>
              <strong>
                {tq(themeKey(theme.themeId, 'title'))} ({roundScore(theme.score)},{' '}
                {theme.score === null ? '' : tq(bandKey(levelOf(theme.score)))})
              </strong>
              {actions
                .filter((action) => action.themeId === theme.themeId)
                .map((action) => (
                  <span key={action.id} className="report__action">
                    {' '}
                    — {actionText(action, ta, tr)} ({action.owner || t('report.noOwner')}
                    {action.due ? `, ${action.due}` : ''}, {t(`plan.statuses.${action.status}`)})
                  </span>
                ))}
            </li>
          ))}
          {actions
            .filter((action) => !action.themeId)
            .map((action) => (
              <li key={action.id}>
                {actionText(action, ta, tr)} ({action.owner || t('report.noOwner')}
                {action.due ? `, ${action.due}` : ''}, {t(`plan.statuses.${action.status}`)})
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="report-change">
        <h2 id="report-change">{t('report.change')}</h2>
        {previous ? (
          <p>
            {t('report.since', { name: previous.name })}{' '}
            {moved.length === 0
              ? t('report.noChange')
              : moved
                  .map(
                    (change) => `${tq(themeKey(change.themeId, 'short'))} ${changeLabel(change)}`,
                  )
                  .join(' · ')}
          </p>
        ) : (
          <p>{t('report.noPrevious')}</p>
        )}
      </section>
      <p className="report__method">{t('report.method')}</p>
    </article>
  );
}
