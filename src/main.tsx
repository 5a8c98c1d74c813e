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
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { afterLoad } from '@/lib/after-load';
import { browserLanguage, initI18n } from '@/lib/i18n';
import { useAppStatus } from '@/stores/app-status';
import { syncScanAcrossTabs } from '@/stores/scan-sync';
import { useSettingsStore } from '@/stores/settings-store';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@/app/projector.css';
import '@/app/print.css';

const language = useSettingsStore.getState().language ?? browserLanguage();
await initI18n(language);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

syncScanAcrossTabs();

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
