import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import type { ScreenTexts } from '@/domain/screen-texts';
import { StartPage } from '@/features/start/start-page';
import { preloadWhenIdle } from '@/lib/after-load';
import { PageHeading } from '@/ui/page-heading';
import { readyLazy } from '@/ui/ready-lazy';

/**
 * A screen loaded when first opened; modules export named components (no default exports). Once
 * its module is in (`ready()`, or an earlier visit), the screen draws in the frame of the click.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return readyLazy<object>(() => load().then(pick));
}

// Only the start page is in the first load. Every other screen loads when opened; the radar's
// chart module (recharts, ~100 KiB gz) loads only when a radar is shown.
const loadWizard = () => import('@/features/assessment/wizard-page');
const WizardPage = screen(loadWizard, (m) => m.WizardPage);
const MethodPage = screen(
  () => import('@/features/method/method-page'),
  (m) => m.MethodPage,
);
const loadResults = () => import('@/features/results/results-page');
const ResultsPage = screen(loadResults, (m) => m.ResultsPage);
const SharedResultsPage = screen(
  () => import('@/features/results/shared-results-page'),
  (m) => m.SharedResultsPage,
);
const DataPage = screen(
  () => import('@/features/data/data-page'),
  (m) => m.DataPage,
);
const ReportPage = screen(
  () => import('@/features/report/report-page'),
  (m) => m.ReportPage,
);
const HistoryPage = screen(
  () => import('@/features/history/history-page'),
  (m) => m.HistoryPage,
);
const SessionsPage = screen(
  () => import('@/features/workshop/sessions-page'),
  (m) => m.SessionsPage,
);
const SessionPage = screen(
  () => import('@/features/workshop/session-page'),
  (m) => m.SessionPage,
);
const loadGroupResults = () => import('@/features/workshop/group-results-page');
const GroupResultsPage = screen(loadGroupResults, (m) => m.GroupResultsPage);
const GroupReportPage = screen(
  () => import('@/features/workshop/group-report-page'),
  (m) => m.GroupReportPage,
);
const TallyPage = screen(
  () => import('@/features/workshop/tally-page'),
  (m) => m.TallyPage,
);
const JoinPage = screen(
  () => import('@/features/workshop/join-page'),
  (m) => m.JoinPage,
);
const DiscussPage = screen(
  () => import('@/features/workshop/discuss-page'),
  (m) => m.DiscussPage,
);
const RoomPage = screen(
  () => import('@/features/workshop/room-page'),
  (m) => m.RoomPage,
);
const MunicipalityPage = screen(
  () => import('@/features/municipality/municipality-page'),
  (m) => m.MunicipalityPage,
);
const CardPage = screen(
  () => import('@/features/exchange/card-page'),
  (m) => m.CardPage,
);
const ReceivedCardPage = screen(
  () => import('@/features/exchange/received-card-page'),
  (m) => m.ReceivedCardPage,
);
const MatchmakingPage = screen(
  () => import('@/features/matchmaking/matchmaking-page'),
  (m) => m.MatchmakingPage,
);
const MatchListPage = screen(
  () => import('@/features/matchmaking/match-list-page'),
  (m) => m.MatchListPage,
);
const LaptopWizard = screen(
  () => import('./laptop-wizard'),
  (m) => m.LaptopWizard,
);

const lastTheme = allThemes(questionnaire).at(-1)?.id;

/**
 * Loads the screen that usually comes next, with its texts, while the browser is idle, so it
 * opens at once: from the start screen, the scan's first step; from the last theme, the results
 * with the radar's chart module (a member there is reading and answering, so the one long compile
 * fits in a pause); from a workshop session, its group results.
 */
export function preloadNext(location: string, i18n: ScreenTexts): void {
  // `ready()` first: the screen then draws in the frame of the click, not one frame later.
  if (location === '/') {
    preloadWhenIdle(() =>
      WizardPage.ready().then(() => loadWizard().then((module) => module.preloadScan(i18n))),
    );
  } else if (lastTheme && location.startsWith(`/scan/${lastTheme}`)) {
    preloadWhenIdle(() =>
      ResultsPage.ready().then(() => loadResults().then((module) => module.preloadResults(i18n))),
    );
  } else if (/^\/workshop\/[^/]+$/.test(location)) {
    preloadWhenIdle(() =>
      GroupResultsPage.ready().then(() =>
        loadGroupResults().then((module) => module.preloadGroupResults(i18n)),
      ),
    );
  }
}

/**
 * On a link straight into the scan, what the app's first frame needs: the wizard's code and texts
 * (the pre-paint script is already fetching them). main.tsx waits for them before drawing, so the
 * theme's prerendered heading and intro stay up until the whole step replaces them, with no
 * loading line between. A failed load is left to the screen (its error shows there).
 */
export function firstScreenReady(route: string, i18n: ScreenTexts): Promise<unknown> {
  if (route !== 'scan') return Promise.resolve();
  return Promise.all([
    WizardPage.ready(),
    loadWizard().then((module) => module.preloadWizardTexts(i18n)),
  ]).catch(() => undefined);
}

export function Routes() {
  return (
    <Switch>
      <Route path="/" component={StartPage} />
      <Route path="/scan/:step/:statement?" component={WizardPage} />
      <Route path="/results" component={ResultsPage} />
      <Route path="/method" component={MethodPage} />
      <Route path="/history" component={HistoryPage} />
      <Route path="/report" component={ReportPage} />
      <Route path="/data" component={DataPage} />
      <Route path="/municipality" component={MunicipalityPage} />
      <Route path="/workshop" component={SessionsPage} />
      <Route path="/workshop/:id" component={SessionPage} />
      <Route path="/workshop/:id/results" component={GroupResultsPage} />
      <Route path="/workshop/:id/report" component={GroupReportPage} />
      <Route path="/workshop/:id/tally/:number" component={TallyPage} />
      <Route path="/workshop/:id/answer/:respondent/:step/:statement?" component={LaptopWizard} />
      {/* `*`: a link with a "/" and more pasted after it still opens, and says what broke. */}
      <Route path="/join/*" component={JoinPage} />
      <Route path="/room/:id" component={RoomPage} />
      <Route path="/workshop/:id/discuss/:number" component={DiscussPage} />
      <Route path="/shared/*" component={SharedResultsPage} />
      <Route path="/card" component={CardPage} />
      <Route path="/card/*" component={ReceivedCardPage} />
      <Route path="/matchmaking" component={MatchmakingPage} />
      <Route path="/matchmaking/:id" component={MatchListPage} />
      <Route component={NotFound} />
    </Switch>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
