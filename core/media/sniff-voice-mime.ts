import type { VoiceMime } from '../contracts/field';

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** WebM is Matroska (EBML) whose header names the DocType "webm" within its first few dozen bytes. */
function isWebm(b: Uint8Array): boolean {
  return b.length > 8 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3 && ascii(b, 4, Math.min(b.length, 64)).includes('webm');
}

/** ADTS (raw AAC): a 12-bit sync word 0xFFF whose MPEG layer bits are 00. */
const isAdts = (b: Uint8Array) => b.length > 7 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0;

/** MP3: an ID3v2 tag first, or an MPEG audio frame (11-bit sync, a layer other than the reserved 00, which is ADTS's). */
const isMp3 = (b: Uint8Array) => (b.length > 10 && ascii(b, 0, 3) === 'ID3') || (b.length > 4 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0);

/**
 * The audio type of a voice note from its first bytes (its magic number), or null when it is none of the types the
 * field app accepts. MP4 is recognised by its `ftyp` box at offset 4 (any brand: Safari writes `iso5`, recorder apps
 * `M4A `). Reads at most the first 64 bytes; does not mutate the input.
 */
export function sniffVoiceMime(bytes: Uint8Array): VoiceMime | null {
  if (isWebm(bytes)) return 'audio/webm';
  if (bytes.length > 4 && ascii(bytes, 0, 4) === 'OggS') return 'audio/ogg';
  if (bytes.length > 8 && ascii(bytes, 4, 8) === 'ftyp') return 'audio/mp4';
  if (isAdts(bytes)) return 'audio/aac';
  if (isMp3(bytes)) return 'audio/mpeg';
  return null;
}
