import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { StartPage } from '@/features/start/start-page';
import { PageHeading } from '@/ui/page-heading';

// Only the start page is in the first load. The wizard (react-hook-form) and the method page
// load when opened; results carry recharts (~100 KiB gz) and load only when results are opened.
const WizardPage = lazy(() =>
  import('@/features/assessment/wizard-page').then((module) => ({ default: module.WizardPage })),
);
const MethodPage = lazy(() =>
  import('@/features/method/method-page').then((module) => ({ default: module.MethodPage })),
);
const ResultsPage = lazy(() => import('@/features/results/results-page'));
const DataPage = lazy(() =>
  import('@/features/data/data-page').then((module) => ({ default: module.DataPage })),
);
const SharedResultsPage = lazy(() => import('@/features/results/shared-results-page'));
const ReportPage = lazy(() => import('@/features/results/report-page'));
const HistoryPage = lazy(() => import('@/features/results/history-page'));
const GroupResultsPage = lazy(() => import('@/features/results/group-results-page'));
const SessionsPage = lazy(() =>
  import('@/features/workshop/sessions-page').then((module) => ({ default: module.SessionsPage })),
);
const SessionPage = lazy(() =>
  import('@/features/workshop/session-page').then((module) => ({ default: module.SessionPage })),
);
const TallyPage = lazy(() =>
  import('@/features/workshop/tally-page').then((module) => ({ default: module.TallyPage })),
);
const LaptopWizard = lazy(() =>
  import('./laptop-wizard').then((module) => ({ default: module.LaptopWizard })),
);
const JoinPage = lazy(() =>
  import('@/features/workshop/join-page').then((module) => ({ default: module.JoinPage })),
);

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
      <Route path="/workshop" component={SessionsPage} />
      <Route path="/workshop/:id" component={SessionPage} />
      <Route path="/workshop/:id/results" component={GroupResultsPage} />
      <Route path="/workshop/:id/tally/:number" component={TallyPage} />
      <Route path="/workshop/:id/answer/:respondent/:step/:statement?" component={LaptopWizard} />
      <Route path="/join/:payload" component={JoinPage} />
      <Route path="/shared/:payload" component={SharedResultsPage} />
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
