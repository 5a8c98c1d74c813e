import '@/lib/zod-config';
// Styles in cascade order: tokens and base, then the shared parts of src/ui. The shell, the
// components and the screens import their own; projector mode and print come last.
import '@/app/base.css';
import '@/ui/button.css';
import '@/ui/layout.css';
import '@/ui/checkbox.css';
import '@/ui/score-table.css';
import '@/ui/advice.css';
import '@/ui/steps.css';
import '@/ui/progress-meter.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { firstScreenReady } from '@/app/routes';
import { afterLoad } from '@/lib/after-load';
import { refuseForeignFrame } from '@/lib/frame';
import { browserLanguage, initI18n } from '@/lib/i18n';
import { appContainer, bootRoute, endBoot } from '@/lib/prerendered';
import { useAppStatus } from '@/stores/app-status';
import { useSettingsStore } from '@/stores/settings-store';
import { refreshWhenShown } from '@/stores/tab-sync';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@/app/projector.css';
import '@/app/print.css';

// A <meta> CSP cannot forbid framing (frame-ancestors), so in a frame of another origin the app
// does not start at all: refuseForeignFrame() shows a notice with a link to open it in its own
// tab instead, and nothing below runs (no render, no storage sync, no service worker). A
// same-origin frame starts as usual. Hosts that send the headers in deploy/ and public/_headers
// stop such frames before the page even loads.
if (!(await refuseForeignFrame())) {
  const language = useSettingsStore.getState().language ?? browserLanguage();
  const i18n = await initI18n(language);
  const route = bootRoute();
  await firstScreenReady(route, i18n);

  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const { element, prerendered } = appContainer(language);
  // The pre-paint script's marks hide the prerendered start screen; lifted before the app draws
  // (in the same task, so never painted), as its first render measures and scrolls its screen.
  endBoot();
  if (prerendered && route === '') {
    // The start screen is already on screen: React takes over its elements. A returning visitor's
    // start screen differs from the first-time one that was prerendered (a "continue" button);
    // React then draws it anew, which is expected here and not worth a console error.
    hydrateRoot(element, app, { onRecoverableError: () => undefined });
  } else {
    // A deep link (or the development server): draw the screen asked for, replacing the hidden
    // prerendered start screen in the same frame.
    const root = createRoot(element);
    flushSync(() => root.render(app));
  }

  refreshWhenShown();

  // The service worker is not needed for the first screen: register it once the page is idle.
  if (import.meta.env.PROD) {
    afterLoad(() => {
      void import('@/lib/pwa').then(({ registerServiceWorker }) =>
        registerServiceWorker({
          onOfflineReady: () => useAppStatus.getState().setOfflineReady(true),
          onUpdateReady: (applyUpdate) => useAppStatus.getState().setUpdate(applyUpdate),
        }),
      );
    });
  }
}
