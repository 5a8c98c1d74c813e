import * as z from 'zod/mini';

// Imported first by main.tsx, before any store parses stored data: with jitless, zod never
// compiles validators with `new Function`, which the Content-Security-Policy forbids.
z.config({ jitless: true });
