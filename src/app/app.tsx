import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartOverButton } from '@/features/start/start-over-button';
import { focusById } from '@/lib/document-mode';
import { useSettingsStore } from '@/stores/settings-store';
import { AppStatusNotices } from './app-status-notices';
import { EditionNotice } from './edition-notice';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitch } from './language-switch';
import { ProjectorToggle } from './projector-toggle';
import { Routes } from './routes';
import { StorageNotices } from './storage-notices';
import './shell.css';

/**
 * The shell: header with language switch, storage notices, the current screen.
 * Hash routes keep every screen reachable by URL without a server, also offline.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}

// Only needed in projector mode, so not part of the first load.
const ProjectorMenu = lazy(() =>
  import('./projector-menu').then((module) => ({ default: module.ProjectorMenu })),
);

function Shell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const projector = useSettingsStore((state) => state.projector ?? false);
  // The audience window on the projector shows the room's screen and nothing else.
  if (location.startsWith('/room/')) {
    return (
      <main id="main" tabIndex={-1} className="room-shell">
        <Suspense fallback={null}>
          <Routes />
        </Suspense>
      </main>
    );
  }
  return (
    <>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('app.skipToContent')}
      </button>
      <header className="app-header">
        <Link href="/" className="app-header__title">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNavigation')} className="app-header__nav">
          <Link href="/scan/profile">{t('app.navScan')}</Link>
          <Link href="/results">{t('app.navResults')}</Link>
          <Link href="/workshop">{t('app.navWorkshop')}</Link>
          <Link href="/method">{t('app.navMethod')}</Link>
        </nav>
        {projector ? (
          <Suspense fallback={null}>
            <ProjectorMenu />
          </Suspense>
        ) : null}
        <ProjectorToggle />
        <LanguageSwitch />
      </header>
      <StorageNotices />
      <EditionNotice />
      <AppStatusNotices />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary
          fallback={(reset) => (
            <div role="alert">
              <h1>{t('error.title')}</h1>
              <p>{t('error.text')}</p>
              <button type="button" className="button" onClick={reset}>
                {t('error.retry')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <Routes />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          {t('app.footerPrivacy')} <Link href="/data">{t('app.navData')}</Link>
        </p>
        <StartOverButton />
      </footer>
    </>
  );
}

/** Hash routing owns the URL hash, so the skip link is a button that moves focus itself. */
function skipToMain() {
  focusById('main');
}
