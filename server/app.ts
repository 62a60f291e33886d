import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { auditWrites, csrfProtection, loadApiToken, loadSession, passwordChangeFirst } from './auth/auth.middleware';
import { FixedWindowLimiter } from './auth/fixed-window-limiter';
import { isDatabaseUnavailable } from './db/database-unavailable';
import { describeError } from './db/describe-error';
import type { Database } from './db/engine';
import type { Env } from './env';
import { apiError } from './i18n/messages';
import { serveClientFiles } from './client-files';
import type { AppEnv } from './routes/context';
import { adminRouter } from './routes/admin/admin.router';
import { analysisRouter } from './routes/analysis/analysis.router';
import { authRouter } from './routes/auth/auth.router';
import { geoRouter } from './routes/geo/geo.router';
import { healthRouter } from './routes/health/health.router';
import { incidentsRouter } from './routes/incidents/incidents.router';
import { incidentsWriteRouter } from './routes/incidents/incidents-write.router';
import { incidentBatchPaths, incidentsBatchRouter } from './routes/incidents/incidents-batch.router';
import { liveRouter } from './routes/live/live.router';
import { patrolRouter } from './routes/patrol/patrol.router';
import { plannerRouter } from './routes/planner/planner.router';
import { wallRouter } from './routes/wall/wall.router';
import { dosageRouter } from './routes/dosage/dosage.router';
import { LiveHub } from './live/live-hub';
import { residentsRouter } from './routes/residents/residents.router';
import { disputesRouter } from './routes/disputes/disputes.router';
import { workforceRouter } from './routes/workforce/workforce.router';
import { statsRouter } from './routes/stats/stats.router';
import { largeBodyPaths, registryRouter } from './routes/registry/registry.router';
import { ActiveBasemap } from './basemap/active-basemap';
import { basemapRouter } from './routes/basemap/basemap.router';
import { basemapTilesRouter } from './routes/basemap/basemap-tiles.router';
import { searchRouter } from './routes/search/search.router';
import { apiDocsRouter } from './openapi/api-docs.router';
import { ogcRefusal } from './routes/ogc/ogc-exception';
import { ogcRouter } from './routes/ogc/ogc.router';
import { tilesRouter } from './routes/tiles/tiles.router';
import { fieldReportPaths, fieldRouter } from './routes/field/field.router';
import { keyPlaceQrRouter } from './routes/field/key-place-qr.router';

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const databaseRetryAfterS = 2;

export interface AppOptions {
  database: Database;
  env: Env;
  clientDir?: string; // the built client; omitted in API tests
  basemap?: ActiveBasemap; // opened and checked by server/index.ts; without it, the environment's, opened here
  workerId?: number; // the cluster worker serving (WORKERS > 1), answered as x-worker so a balance can be seen
}

export function createApp({ database, env, clientDir, basemap = ActiveBasemap.openingFromEnv(env), workerId }: AppOptions) {
  // Started on the first /api/live connection: one LISTEN per process, whatever the number of walls.
  let hub: Promise<LiveHub> | undefined;
  const getHub = () => {
    hub ??= (async () => {
      const h = new LiveHub(database);
      await h.start();
      return h;
    })().catch((err) => {
      hub = undefined; // a database that was down is tried again on the next connection
      throw err;
    });
    return hub;
  };
  const api = new Hono<AppEnv>()
    .route('/', healthRouter)
    .route('/', authRouter)
    .route('/', adminRouter)
    .route('/', keyPlaceQrRouter)
    .route('/', residentsRouter)
    .route('/', registryRouter)
    .route('/', disputesRouter)
    .route('/', workforceRouter)
    .route('/', geoRouter)
    .route('/', incidentsRouter)
    .route('/', incidentsWriteRouter)
    .route('/', incidentsBatchRouter)
    .route('/', liveRouter(getHub))
    .route('/', wallRouter)
    .route('/', statsRouter)
    .route('/', plannerRouter)
    .route('/', analysisRouter)
    .route('/', patrolRouter)
    .route('/', dosageRouter)
    .route('/', searchRouter)
    .route('/', fieldRouter)
    .route('/', basemapRouter(basemap));

  const app = new Hono<AppEnv>();
  app.use('*', requestId());
  if (workerId !== undefined) {
    app.use('*', async (c, next) => {
      c.header('x-worker', String(workerId));
      await next();
    });
  }
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // MapLibre and deck.gl build styles at run time, and MapLibre's workers start from blob: URLs.
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // The field app plays a voice note back from a blob: URL before it is sent.
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: env.BASEMAP_STYLE_URL ? ["'self'", new URL(env.BASEMAP_STYLE_URL).origin] : ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  const apiBodyLimit = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json(apiError(c, 'payload_too_large', 'body_too_large', { limit: '1 MiB' }), 413) });
  // A file import sets its own, larger limit on its route.
  const ownLimitPaths = [...largeBodyPaths, ...incidentBatchPaths, ...fieldReportPaths];
  app.use('/api/*', (c, next) => (ownLimitPaths.includes(c.req.path) ? next() : apiBodyLimit(c, next)));
  app.use('*', async (c, next) => {
    c.set('database', database);
    c.set('env', env);
    await next();
  });
  // One count per app: each test app, like each process, starts its machine tokens' minutes afresh.
  const apiTokenLimiter = new FixedWindowLimiter(env.API_TOKEN_RATE_PER_MINUTE, 60_000);
  app.use('/api/*', loadApiToken(apiTokenLimiter), loadSession, passwordChangeFirst, csrfProtection, auditWrites);
  app.route('/api', api);
  app.route('/api', apiDocsRouter(() => app));
  app.all('/api/*', (c) => c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404));
  app.route('/', basemapTilesRouter(basemap)); // base-map tiles need no session (issue 11)
  // OGC API – Features (issue 14): read only, so the session is all it needs of /api's middleware (no CSRF, no audit).
  // Desktop GIS reads /ogc with a machine token (Authorization: Bearer) as well as with a session; its refusals are OGC's.
  // '/ogc/*' matches /ogc itself too: a second use for '/ogc' counted the landing page twice against a token's rate.
  app.use('/ogc/*', loadApiToken(apiTokenLimiter, ogcRefusal), loadSession, passwordChangeFirst);
  app.route('/ogc', ogcRouter);
  // Vector tiles (issue 14, item 2): read only like /ogc, with a session or a machine token, each scoped to its user.
  app.use('/tiles/*', loadApiToken(apiTokenLimiter), loadSession, passwordChangeFirst);
  app.route('/tiles', tilesRouter);

  if (clientDir && existsSync(clientDir)) {
    // The field app (/m, issue 16) is its own page: /m goes to /m/, the scope its service worker controls (before the
    // static files, which would answer /m with the page at a URL outside that scope), and the field app's own routes
    // below it load its page.
    app.get('/m', (c) => c.redirect('/m/'));
    app.use('*', serveClientFiles({ root: clientDir }));
    app.get('/m/*', serveClientFiles({ root: clientDir, path: 'm/index.html' }));
    // Client-side routes (/wall, /planner, …) all load the one page.
    app.get('*', serveClientFiles({ root: clientDir, path: 'index.html' }));
  }

  app.onError((err, c) => {
    // Hono's own 4xx (a malformed JSON body, say) keep their status and message.
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(apiError(c, 'bad_request', 'malformed_request', { detail: err.message }), err.status);
    }
    if (isDatabaseUnavailable(err)) {
      // Answered at once, so that no client waits on a database that is restarting; the pool reconnects by itself.
      console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}: database unavailable: ${describeError(err)}`);
      return c.json(apiError(c, 'database_unavailable', 'database_unavailable'), 503, { 'retry-after': String(databaseRetryAfterS) });
    }
    console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}:`, err);
    return c.json(apiError(c, 'internal_error', 'internal_error', { requestId: c.get('requestId') }, { requestId: c.get('requestId') }), 500);
  });
  return app;
}
