/** The longest side a 随手拍 photo keeps (px): enough to read a sign or a plate, small enough to send on 4G. */
export const maxPhotoSidePx = 1600;

/**
 * The size a photo is drawn at before it is encoded again as JPEG: scaled down, never up, to fit maxSide on its
 * longer side, keeping the aspect ratio; whole pixels, at least 1. Throws on a size that is not a positive number.
 */
export function fitPhotoSize(width: number, height: number, maxSide = maxPhotoSidePx): { width: number; height: number } {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) throw new RangeError(`photo size ${width}×${height} is not positive`);
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
