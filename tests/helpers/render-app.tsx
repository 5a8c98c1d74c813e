import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '@/app/app';
import { browserLanguage, initI18nWithResources } from '@/lib/i18n';
import { useSettingsStore } from '@/stores/settings-store';
import { resources } from './locales';
import { reloadStores } from './stores';

/** Renders the whole app at a hash route, as a user would open it. */
export async function renderApp(route = '/') {
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  const view = render(<App />);
  // Screens load their translations and code lazily: wait for the first heading.
  await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  // A part that loads on its own (the profile form) marks its place busy until it is there.
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 3000,
  });
  return { user, ...view };
}

/**
 * Closes the app and opens it again at `route`, as after a reload: nothing survives on screen,
 * what was saved comes back from storage (what was not saved is gone), and the language is chosen as src/main.tsx does.
 */
export async function reopenApp(route = '/') {
  cleanup();
  reloadStores();
  await initI18nWithResources(useSettingsStore.getState().language ?? browserLanguage(), resources);
  return renderApp(route);
}
