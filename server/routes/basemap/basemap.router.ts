import { Hono } from 'hono';
import { BasemapSettingsSchema } from '../../../core/contracts/basemap';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { adminsOnly, everyone } from '../../auth/roles';
import type { ActiveBasemap } from '../../basemap/active-basemap';
import { BasemapError } from '../../basemap/basemap-error';
import { fieldError } from '../../i18n/messages';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import type { AdminBasemap } from '../../../core/contracts/admin';
import { maskSettings, unmaskSettings } from './masked-settings';
import { AdminBasemapSchema } from '../../../core/contracts/admin';
import { BasemapDescriptionSchema } from '../../../core/contracts/basemap';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

/**
 * GET /api/basemap (every signed-in user): what the browser needs to draw the active base map.
 * GET and PUT /api/admin/basemap: the settings in use (token masked) and switching to another base map — for this
 * process only; a restart returns to the environment's BASEMAP_* (server/basemap/active-basemap.ts).
 */
export function basemapRouter(active: ActiveBasemap) {
  return new Hono<AppEnv>()
    .get('/basemap', describe('当前底图的绘制信息 / what the browser needs to draw the active base map', { 200: BasemapDescriptionSchema }), allow(everyone), async (c) => c.json(await active.describe(), 200))
    .get('/admin/basemap', describe('当前底图与设置（令牌已遮蔽）/ the active base map and its settings, token masked', { 200: AdminBasemapSchema }), allow(adminsOnly), async (c) => {
      const { pkg, settings } = await active.current();
      const answer: AdminBasemap = { description: pkg.describe(), settings: maskSettings(settings) };
      return c.json(answer, 200);
    })
    .put('/admin/basemap', describe('切换底图（多进程时各进程一起切换，重启后回到环境变量的设置）/ switch the base map, in every API process, until restart', { 200: BasemapDescriptionSchema, 400: ApiErrorSchema }), allow(adminsOnly), validate('json', BasemapSettingsSchema), async (c) => {
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
