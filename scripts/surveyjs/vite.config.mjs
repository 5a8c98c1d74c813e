// Vite config of the SurveyJS comparison app (scripts/surveyjs), built by build.mjs for
// `npm run bench`. Its own root, so none of the app's plugins (CSP, PWA, prerender) apply.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    // Built output never lands in the repository; build.mjs passes its own folder.
    outDir: join(tmpdir(), 'collective-scan-surveyjs'),
    emptyOutDir: true,
    // The manifest lists the entry and its static imports, as scripts/size.mjs reads for the app.
    manifest: true,
    // SurveyJS is one large module; its size is what is being measured, not a mistake.
    chunkSizeWarningLimit: 2000,
  },
});
