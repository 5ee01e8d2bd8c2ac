import jsQR from 'jsqr';

/** Why the camera cannot be used; the name search works in every case. */
export type CameraProblem = 'unsupported' | 'denied' | 'not_found' | 'busy' | 'failed';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

function problemOf(error: unknown): CameraProblem {
  if (!(error instanceof DOMException)) return 'failed';
  if (error.name === 'NotAllowedError' || error.name === 'SecurityError') return 'denied';
  if (error.name === 'NotFoundError' || error.name === 'OverconstrainedError') return 'not_found';
  if (error.name === 'NotReadableError' || error.name === 'AbortError') return 'busy';
  return 'failed';
}

/** The rear camera where there is one (a laptop's only camera otherwise). */
export async function openCamera(): Promise<MediaStream> {
  // Absent on plain http: browsers give the camera to secure pages only.
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
    });
  } catch (error) {
    throw new CameraError(problemOf(error));
  }
}

export function closeCamera(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

type Decode = (data: Uint8ClampedArray, width: number, height: number) => string | null;

/** A frame this wide is enough for a badge held up to the phone, and cheap to decode. */
const FRAME_WIDTH = 640;
const INTERVAL_MS = 120;

/**
 * Reads QR codes from the video every few frames until stopped. The decoder (jsQR) comes in
 * the scan page's own chunk: fetched with the page, never later, when the network may be gone.
 */
export function decodeFrames(video: HTMLVideoElement, onText: (text: string) => void): () => void {
  const decode: Decode = (data, width, height) =>
    jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const frame = () => {
    if (stopped) return;
    if (context && video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const text = decode(image.data, image.width, image.height);
      if (text) onText(text);
    }
    timer = setTimeout(frame, INTERVAL_MS);
  };
  frame();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
