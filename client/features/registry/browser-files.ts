/** A text file that is not UTF-8 and was not said to be GBK: refused before anything is sent. */
export class NotUtf8Error extends Error {
  constructor() {
    super('the file is not UTF-8');
  }
}

/**
 * A chosen file's text: UTF-8 (a BOM dropped), or GBK when the user says so (read as GB 18030, its superset).
 * Bytes that are not UTF-8 throw NotUtf8Error rather than turn into �: a CSV saved by Excel on a Chinese desktop is
 * GBK, and read as UTF-8 its names would reach the register garbled, for good.
 */
export async function readFileText(file: Blob, encoding: 'utf-8' | 'gbk' = 'utf-8'): Promise<string> {
  const bytes = await file.arrayBuffer();
  if (encoding === 'gbk') return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error();
  }
}
