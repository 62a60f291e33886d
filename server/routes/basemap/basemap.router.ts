import { Hono } from 'hono';
import { BasemapSettingsSchema } from '../../../core/contracts/basemap';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { adminsOnly, everyone } from '../../auth/roles';
import type { ActiveBasemap } from '../../basemap/active-basemap';
import { BasemapError } from '../../basemap/basemap-error';
import { fieldError } from '../../i18n/messages';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { maskSettings, unmaskSettings, type AdminBasemap } from './masked-settings';

/**
 * GET /api/basemap (every signed-in user): what the browser needs to draw the active base map.
 * GET and PUT /api/admin/basemap: the settings in use (token masked) and switching to another base map — for this
 * process only; a restart returns to the environment's BASEMAP_* (server/basemap/active-basemap.ts).
 */
export function basemapRouter(active: ActiveBasemap) {
  return new Hono<AppEnv>()
    .get('/basemap', allow(everyone), async (c) => c.json(await active.describe(), 200))
    .get('/admin/basemap', allow(adminsOnly), async (c) => {
      const { pkg, settings } = await active.current();
      const answer: AdminBasemap = { description: pkg.describe(), settings: maskSettings(settings) };
      return c.json(answer, 200);
    })
    .put('/admin/basemap', allow(adminsOnly), validate('json', BasemapSettingsSchema), async (c) => {
      const inUse = (await active.current().catch(() => null))?.settings;
      const asked = c.req.valid('json');
      const settings = inUse ? unmaskSettings(asked, inUse) : asked;
      noteAudit(c, { action: 'basemap_switch', records: [settings.kind] });
      try {
        await active.replace(settings);
        return c.json(await active.describe(), 200);
      } catch (err) {
        if (!(err instanceof BasemapError)) throw err;
        return c.json(fieldError(c, 'bad_request', err.setting, err.code, err.params), 400);
      }
    });
}
