import { FeatureFileError, type TextEncoding } from './feature-file';

/** What text bytes look like: valid UTF-8 (which includes plain ASCII), else valid GBK, else unknown. */
export function detectTextEncoding(bytes: Uint8Array): TextEncoding | 'unknown' {
  for (const encoding of ['utf-8', 'gbk'] as const) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return encoding;
    } catch {
      // not this one
    }
  }
  return 'unknown';
}

/**
 * A text file's bytes as text, in the encoding asked (GBK read as GB 18030, its superset), else UTF-8 (a BOM
 * dropped). Bytes that are not UTF-8 are refused, saying what they look like, rather than read as �: a CSV saved by
 * Excel on a Chinese desktop is GBK, and its names would otherwise be written to the register as � for good.
 */
export function decodeTextFile(bytes: Uint8Array, asked?: TextEncoding): string {
  if (asked === 'gbk') return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const detected = detectTextEncoding(bytes);
    throw new FeatureFileError('encoding', 'file_text_not_utf8', {}, { detectedEncoding: detected });
  }
}

/** Text holding U+FFFD was decoded from bytes of another encoding somewhere before it reached us. */
export const hasReplacementCharacter = (text: string) => text.includes('\uFFFD');
