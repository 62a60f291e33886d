import { serveStatic, type ServeStaticOptions } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/**
 * The page's own files, with cache headers. Vite names everything under /assets/ by its content's hash, so a browser
 * may keep those for a year and never ask again: the wall reloads itself (font recovery, a new release) and the
 * intranet's desks reopen the app every day, and each fetched the 5 MB of the shipped font anew. The page and the
 * other unhashed files (index.html, the field app's service worker and manifest) name the current assets, so the
 * browser asks for them each time (no-cache).
 */
export function serveClientFiles(options: ServeStaticOptions): MiddlewareHandler {
  const serve = serveStatic(options);
  return async (c, next) => {
    let passedOn = false;
    const res = await serve(c, async () => {
      passedOn = true;
      await next();
    });
    // serveStatic's onFound runs after the response is built, too late for c.header: set it on the response.
    if (!passedOn && res) res.headers.set('cache-control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return res;
  };
}
