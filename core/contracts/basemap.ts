import { z } from 'zod';

/**
 * The base map's coordinate frame. Data is stored in WGS 84 / CGCS2000 (the two agree to under a metre in
 * Dachuan, so CGCS2000 is drawn as WGS 84); a `gcj02` package (cut from AMap/Tencent sources) makes the
 * client shift every overlay into GCJ-02 and every pick back (client/map/display-frame.ts).
 */
export const BasemapCrsSchema = z.enum(['wgs84', 'cgcs2000', 'gcj02'], { message: 'crs must be wgs84, cgcs2000 or gcj02' });
export type BasemapCrs = z.infer<typeof BasemapCrsSchema>;

/** builtin: drawn from the project's own data; the rest are offline packages or an intranet tile service. */
export const BasemapKindSchema = z.enum(['builtin', 'xyz', 'mbtiles', 'pmtiles', 'wmts'], {
  message: 'kind must be builtin, xyz, mbtiles, pmtiles or wmts',
});
export type BasemapKind = z.infer<typeof BasemapKindSchema>;

/** The vector schema of a vector package, which picks the bundled style (client/map/basemap/). */
export const VectorSchemaSchema = z.enum(['openmaptiles', 'protomaps']);
export type VectorSchema = z.infer<typeof VectorSchemaSchema>;

/**
 * What the browser needs to draw the active base map (GET /api/basemap). Every URL is on the app's own
 * origin: a WMTS token stays on the server, which proxies the tiles.
 */
export const BasemapDescriptionSchema = z.object({
  kind: BasemapKindSchema,
  crs: BasemapCrsSchema,
  /** A name a person reads, Chinese first: "内置底图（演示数据）", a package's file name or its metadata name. */
  name: z.string(),
  tileType: z.enum(['raster', 'vector']).nullable(), // null for builtin
  format: z.enum(['png', 'jpg', 'webp', 'pbf']).nullable(),
  tiles: z.array(z.string()), // same-origin URL templates with {z}/{x}/{y}
  labelTiles: z.array(z.string()), // an optional separate label layer (Tianditu's cva); empty when none
  pmtilesUrl: z.string().nullable(), // the package itself, for HTTP Range reads from the browser
  tileSize: z.union([z.literal(256), z.literal(512)]),
  minzoom: z.number(),
  maxzoom: z.number(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(), // w, s, e, n in EPSG:4326
  attribution: z.string(),
  vectorSchema: VectorSchemaSchema.nullable(),
  /** Vector layer ids of a vector package (from its metadata), so a style can be checked against them. */
  vectorLayers: z.array(z.string()),
});
export type BasemapDescription = z.infer<typeof BasemapDescriptionSchema>;

/** An administrator's choice of base map (PUT /api/admin/basemap); the environment's BASEMAP_* give the default. */
export const BasemapSettingsSchema = z.object({
  kind: BasemapKindSchema,
  path: z.string().min(1).max(1000).optional(), // xyz folder, .mbtiles or .pmtiles file on the server
  url: z.string().url('url must be a URL template').max(2000).optional(), // wmts/xyz template
  labelUrl: z.string().url('labelUrl must be a URL template').max(2000).optional(),
  token: z.string().max(200).optional(),
  crs: BasemapCrsSchema.default('wgs84'),
  attribution: z.string().max(300).optional(),
});
export type BasemapSettings = z.infer<typeof BasemapSettingsSchema>;

/** Answer of GET /api/config: what the page needs before it signs in. */
export const ClientConfigSchema = z.object({ basemapStyleUrl: z.string().nullable() });
export type ClientConfig = z.infer<typeof ClientConfigSchema>;
