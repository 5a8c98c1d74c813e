// Renders the start screen in every language with React's own server renderer, from the source
// (Vite's SSR module loader), and prints the HTML as JSON. Run as a child process by
// scripts/vite/first-paint.ts, so the browser-like globals set here never leak into the build.
import { createServer } from 'vite';

// A first-time visitor: nothing stored. The stores read storage while the app renders.
const memory = new Map();
globalThis.localStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => memory.set(key, String(value)),
  removeItem: (key) => memory.delete(key),
  key: (index) => [...memory.keys()][index] ?? null,
  clear: () => memory.clear(),
  get length() {
    return memory.size;
  },
};

const vite = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderStartScreens } = await vite.ssrLoadModule('/src/prerender.tsx');
  process.stdout.write(JSON.stringify(await renderStartScreens()));
} finally {
  await vite.close();
}
