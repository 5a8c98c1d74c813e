// Loads TypeScript modules of src/ in Node through Vite's SSR loader, for the bench scripts that
// build their inputs from the app's own code (so a format never drifts from its one owner).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The exports of `paths` (root-relative, e.g. '/src/domain/group.ts'), merged into one object.
 * Vite's dev server sets NODE_ENV to "development" when it is unset. A production build run later
 * by the same process (or a child it starts) would then bundle React's development build: the
 * bench once measured a 172 KiB first load that way. So NODE_ENV is put back as it was.
 */
export async function loadSource(...paths) {
  const nodeEnv = process.env.NODE_ENV;
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const modules = [];
    for (const path of paths) modules.push(await vite.ssrLoadModule(path));
    return Object.assign({}, ...modules);
  } finally {
    await vite.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
