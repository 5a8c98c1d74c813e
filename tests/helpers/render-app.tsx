import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';

/** Renders the whole app at a hash route, as a user would open it. */
export async function renderApp(route = '/') {
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  const view = render(<App />);
  // Screens load their translations and code lazily: wait for the first heading.
  await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  return { user, ...view };
}
