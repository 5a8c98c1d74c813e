import { useSyncExternalStore as builtIn } from 'react';

/**
 * wouter and react-i18next import the `use-sync-external-store` shim, written for React before 18.
 * React 19 has the hook itself: vite.config.ts points the shim here, which takes the shim's code
 * (and its CommonJS wrapper) out of the first load.
 */
export const useSyncExternalStore = builtIn;
