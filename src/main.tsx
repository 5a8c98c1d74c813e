import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { browserLanguage, initI18n } from '@/lib/i18n';
import { useSettingsStore } from '@/stores/settings-store';
import '@/app/styles.css';

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
