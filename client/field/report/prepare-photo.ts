import { gps } from 'exifr';
import { maxPhotoBytes } from '../../../core/contracts/field';
import { fitPhotoSize } from '../lib/photo-size';
import { blobToBase64 } from './blob-to-base64';

export interface PreparedPhoto {
  /** JPEG bytes as base64, re-encoded from the pixels: no EXIF, no maker notes, no thumbnail survive. */
  base64: string;
  width: number;
  height: number;
  /** Where the camera said the photo was taken ([lng, lat]), read before re-encoding; used only if the sender allows. */
  exifLngLat: [number, number] | null;
}

/** JPEG qualities tried in turn until the photo fits the server's size for one photo. */
const qualities = [0.82, 0.7, 0.55, 0.4];

async function readExifLngLat(file: Blob): Promise<[number, number] | null> {
  try {
    const where = await gps(file);
    return where && Number.isFinite(where.longitude) && Number.isFinite(where.latitude) ? [where.longitude, where.latitude] : null;
  } catch {
    return null; // no EXIF, or none exifr can read: the report simply has no photo location
  }
}

/**
 * Resizes a photo on the phone to at most 1600 px on its long side and encodes it again as JPEG through a canvas,
 * which drops every piece of metadata (issue 16: "other metadata stripped"); the EXIF position is read first and
 * handed back separately. createImageBitmap applies the EXIF orientation, so the result is upright.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const exifLngLat = await readExifLngLat(file);
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const { width, height } = fitPhotoSize(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let jpeg: Blob | null = null;
  for (const quality of qualities) {
    jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (jpeg.size <= maxPhotoBytes) break;
  }
  return { base64: await blobToBase64(jpeg!), width, height, exifLngLat };
}
