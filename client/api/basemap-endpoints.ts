import type { BasemapDescription, BasemapSettings } from '../../core/contracts/basemap';
import type { AdminBasemap } from '../../core/contracts/admin';
import { api, answerOf } from './client';

// The base map's administration (issue 11), one function a route.

/** GET /api/admin/basemap: the active base map and the settings in use, the token masked. */
export const getAdminBasemap = (signal?: AbortSignal): Promise<AdminBasemap> => answerOf(api.GET('/api/admin/basemap', { signal }));

/** PUT /api/admin/basemap: opens and checks another base map; a 400's message says why it was refused. */
export const putAdminBasemap = (settings: BasemapSettings): Promise<BasemapDescription> => answerOf(api.PUT('/api/admin/basemap', { body: settings }));
