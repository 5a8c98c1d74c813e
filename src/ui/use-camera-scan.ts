import { type RefObject, useEffect, useEffectEvent } from 'react';
import { type CameraError, readFrames, startCamera } from '@/lib/camera';
import { decodeQr } from '@/lib/qr';

/**
 * While `active`, shows the camera in `video` and reads a QR code from its picture a few times a
 * second, handing each text to `onCode`. Turning `active` off or leaving the screen stops the
 * camera; `onError` hears why it could not start.
 */
export function useCameraScan(
  active: boolean,
  video: RefObject<HTMLVideoElement | null>,
  onCode: (text: string) => void,
  onError: (error: CameraError) => void,
) {
  const code = useEffectEvent(onCode);
  const failed = useEffectEvent(onError);
  useEffect(() => {
    const element = video.current;
    if (!active || !element) return;
    let stopped = false;
    let stopCamera = () => {};
    let stopFrames = () => {};
    void startCamera(element).then((result) => {
      if (!result.ok) {
        if (!stopped) failed(result.error);
        return;
      }
      stopCamera = result.value.stop;
      // Left the screen while the browser was still asking for the camera: turn it off at once.
      if (stopped) {
        stopCamera();
        return;
      }
      stopFrames = readFrames(element, async (frame) => {
        const text = await decodeQr(frame);
        if (text && !stopped) code(text);
      });
    });
    return () => {
      stopped = true;
      stopFrames();
      stopCamera();
    };
  }, [active, video]);
}
