/**
 * The file name a download's Content-Disposition gives: the UTF-8 filename* (RFC 5987) when there is one — the
 * server names files in Chinese (实有人口-梧桐梁社区第1网格.csv) — else the plain filename; null without either. Pure.
 */
export function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the ASCII name below still names the file.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(disposition)?.[1]?.trim() ?? null;
}
