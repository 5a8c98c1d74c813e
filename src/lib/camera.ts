import { fail, ok, type Result } from '@/domain/result';

/** Why the camera cannot be used: none there (or in use, or no secure page), or the user said no. */
export type CameraError = 'unavailable' | 'denied';

/** A running camera; `stop` turns it off (the browser's camera light goes out). */
export type Camera = { stop: () => void };

/** Starts the back camera (a laptop's only one) and shows it in `video`. */
export async function startCamera(video: HTMLVideoElement): Promise<Result<Camera, CameraError>> {
  if (!navigator.mediaDevices?.getUserMedia) return fail('unavailable');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return fail(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable');
  }
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
    if (video.srcObject === stream) video.srcObject = null;
  };
  video.srcObject = stream;
  try {
    await video.play();
  } catch {
    // Autoplay of a muted video is allowed; a refusal here still leaves frames to read.
  }
  return ok({ stop });
}

/**
 * Copies the video's current picture to a canvas every `intervalMs` and hands its pixels to
 * `onFrame`; the next frame waits until `onFrame` is done. Returns the function that stops it.
 */
export function readFrames(
  video: HTMLVideoElement,
  onFrame: (frame: ImageData) => Promise<void> | void,
  intervalMs = 200,
): () => void {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    const width = video.videoWidth;
    const height = video.videoHeight;
    try {
      if (context && width > 0 && video.readyState >= video.HAVE_CURRENT_DATA) {
        if (canvas.width !== width) canvas.width = width;
        if (canvas.height !== height) canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        await onFrame(context.getImageData(0, 0, width, height));
      }
    } finally {
      // One failed frame (reported as an error) does not stop the ones after it.
      if (!stopped) timer = setTimeout(tick, intervalMs);
    }
  };
  timer = setTimeout(tick, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
