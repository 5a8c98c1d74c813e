import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartOverButton } from '@/features/start/start-over-button';
import { focusById } from '@/lib/document-mode';
import { onEscape } from '@/lib/escape-key';
import { announceReady } from '@/lib/prerendered';
import { useAppStatus } from '@/stores/app-status';
import { useSettingsStore } from '@/stores/settings-store';
import { useStorageStatus } from '@/stores/storage-status';
import { useShortcuts } from '@/ui/use-shortcuts';
import { EditionNotice } from './edition-notice';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitch } from './language-switch';
import { ProjectorToggle } from './projector-toggle';
import { preloadNext, Routes } from './routes';
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

// Rare (a storage fault, another tab, an update, offline readiness): their code loads only when
// there is something to say, which keeps it out of the first load.
const StorageNotices = lazy(() =>
  import('./storage-notices').then((module) => ({ default: module.StorageNotices })),
);
const AppStatusNotices = lazy(() =>
  import('./app-status-notices').then((module) => ({ default: module.AppStatusNotices })),
);

/** Loads and shows `children` only while `needed`. */
function WhenNeeded({ needed, children }: { needed: boolean; children: ReactNode }) {
  return needed ? <Suspense fallback={null}>{children}</Suspense> : null;
}

function Shell() {
  const { t, i18n } = useTranslation();
  const [location] = useLocation();
  const projector = useSettingsStore((state) => state.projector ?? false);
  const storageIssues = useStorageStatus((state) => Object.keys(state.issues).length > 0);
  const appStatus = useAppStatus(
    (state) =>
      state.offlineReady || state.applyUpdate !== null || Object.keys(state.elsewhere).length > 0,
  );
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Choosing a screen (or projector mode) closes the phone menu; so does Escape, back to its button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every change of screen.
  useEffect(() => setMenuOpen(false), [location, projector]);
  useEffect(() => {
    if (!menuOpen) return;
    return onEscape(() => {
      setMenuOpen(false);
      menuButton.current?.focus();
    });
  }, [menuOpen]);
  // The projector menu's M key lives here, not in the lazily loaded menu: a facilitator who
  // presses M on a freshly opened screen gets the menu as soon as its code has arrived.
  const [projectorMenuOpen, setProjectorMenuOpen] = useState(false);
  useShortcuts({ m: () => setProjectorMenuOpen((was) => !was) }, projector);
  useEffect(() => preloadNext(location, i18n), [location, i18n]);
  // First commit: hydrated (or drawn), so the buttons work; a tap made before is given again.
  useEffect(announceReady, []);
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
      <header className={projector ? 'app-header' : 'app-header app-header--compact'}>
        <Link href="/" className="app-header__title">
          {t('app.name')}
        </Link>
        {/* Phones: one row, the rest behind this button. Projector mode has its own menu. */}
        {projector ? null : (
          <button
            ref={menuButton}
            type="button"
            className="app-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span aria-hidden="true">☰ </span>
            {t('app.menu')}
          </button>
        )}
        <div
          id="app-menu"
          className={menuOpen ? 'app-header__menu app-header__menu--open' : 'app-header__menu'}
        >
          <nav aria-label={t('app.mainNavigation')} className="app-header__nav">
            {/* The wizard sends this on to where the scan was left (the profile at first). */}
            <Link href="/scan/resume">{t('app.navScan')}</Link>
            <Link href="/results">{t('app.navResults')}</Link>
            <Link href="/workshop">{t('app.navWorkshop')}</Link>
            <Link href="/matchmaking">{t('app.navMatchmaking')}</Link>
            <Link href="/method">{t('app.navMethod')}</Link>
          </nav>
          {projector ? (
            <Suspense fallback={null}>
              <ProjectorMenu open={projectorMenuOpen} onOpenChange={setProjectorMenuOpen} />
            </Suspense>
          ) : null}
          <ProjectorToggle />
          <LanguageSwitch />
        </div>
      </header>
      <WhenNeeded needed={storageIssues}>
        <StorageNotices />
      </WhenNeeded>
      <EditionNotice />
      <WhenNeeded needed={appStatus}>
        <AppStatusNotices />
      </WhenNeeded>
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
