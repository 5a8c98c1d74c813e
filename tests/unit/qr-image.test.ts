import { describe, expect, it, vi } from 'vitest';
import { qrCodeImage } from '@/lib/qr';

// A module that cannot be fetched (offline before the service worker had it, or a page left
// while it loaded) makes the dynamic import reject.
vi.mock('lean-qr/extras/svg', () => {
  throw new TypeError('error loading dynamically imported module');
});

describe('a QR code whose library cannot be loaded', () => {
  it('comes back as "not loaded", not as a rejected promise', async () => {
    await expect(qrCodeImage('https://example.org/')).resolves.toEqual({
      ok: false,
      error: 'notLoaded',
    });
  });
});
