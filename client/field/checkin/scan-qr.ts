import jsQR from 'jsqr';

/**
 * Reads QR codes from the rear camera until one is found or `signal` aborts: frames are drawn to a canvas and
 * searched with jsqr (no network, no native scanner needed). Resolves with the code's text; rejects when the camera
 * cannot be opened. The stream is stopped either way.
 */
export async function scanQrFromCamera(video: HTMLVideoElement, signal: AbortSignal): Promise<string | null> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    await video.play();
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    while (!signal.aborted) {
      await new Promise((r) => setTimeout(r, 200));
      if (!video.videoWidth) continue;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      ctx.drawImage(video, 0, 0);
      const found = jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      if (found?.data) return found.data;
    }
    return null;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
