import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import '@/lib/zod-config';
import { initI18nWithResources } from '@/lib/i18n';
import { resources } from './locales';
import { reloadStores } from './stores';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer then keeps its initial size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom's <dialog> lacks showModal/close in some versions: mimic them with the open attribute.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

beforeEach(async () => {
  localStorage.clear();
  window.location.hash = '';
  reloadStores();
  await initI18nWithResources('en', resources);
});

afterEach(() => {
  cleanup();
});
