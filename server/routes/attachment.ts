// RFC 5987 attr-chars only: encodeURIComponent leaves ' ( ) * as they are, which filename* does not allow.
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition for a download named in Chinese (网格.gpkg, 实有人口-梧桐梁社区第1网格.csv): the UTF-8 name as
 * RFC 5987 filename*, which browsers use, and an ASCII filename for the clients that read only that.
 */
export function attachmentDisposition(fileName: string, asciiFileName: string): string {
  return `attachment; filename="${asciiFileName}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
