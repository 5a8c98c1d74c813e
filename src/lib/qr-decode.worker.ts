import jsQR from 'jsqr';

/** A frame to read, with the number its answer is sent back under. */
export type DecodeRequest = { id: number; image: ImageData };
export type DecodeResponse = { id: number; text: string | null };

// jsQR takes tens of milliseconds a frame: here, off the main thread, the page stays responsive
// while the camera runs.
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, image } = event.data;
  const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  self.postMessage({ id, text: found?.data || null } satisfies DecodeResponse);
};
