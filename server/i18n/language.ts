import type { Context } from 'hono';

/** The languages the server answers in: those of the interface (client/i18n). */
export type Language = 'zh-CN' | 'en';

/**
 * The language an Accept-Language header asks for: the first of Chinese and English by the header's q-values (ties:
 * the order given), Chinese when it names neither or is missing — the product is Chinese first. Read from each
 * request, never kept in a global, so concurrent requests in different languages do not race.
 */
export function languageOf(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'zh-CN';
  const ranges = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranges) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh-CN';
}

/** The language of a request (its Accept-Language header). */
export function requestLanguage(c: Context): Language {
  return languageOf(c.req.header('accept-language'));
}
