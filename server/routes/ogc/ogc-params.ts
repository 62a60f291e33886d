import type { Context } from 'hono';
import {
  cgcs2000, ogcCrsList, ogcItemsParameters, OgcItemQuerySchema, OgcItemsQuerySchema, ogcMaxLimit, ogcQueryables, type OgcCollectionId,
  type OgcCrs, type OgcItemsParameter, type OgcItemsQuery,
} from '../../../core/contracts/ogc';
import type { OgcPropertyFilters } from '../../db/repos/ogc-features.repo';
import type { ApiMessageCode } from '../../i18n/messages';
import type { AppEnv } from '../context';
import { ogcException } from './ogc-exception';

/**
 * The query parameters of /ogc items and of one item, checked: each refusal a 400 InvalidParameterValue naming the
 * parameter and what it got. A parameter that is neither OGC's nor a queryable of the collection is refused too:
 * OGC API – Features Part 1 (7.15.1, "Parameters") permits a server to reject unknown parameters, and answering a
 * misspelt filter (`gridcode=`) with every feature would read as a filter that worked.
 */
type Refused = { refused: Response };

// Which message words a refused items parameter; a bbox is worded by the axis order bbox-crs gives it.
const parameterMessages: Record<OgcItemsParameter, ApiMessageCode> = {
  bbox: 'ogc_bad_bbox',
  'bbox-crs': 'ogc_bad_crs',
  datetime: 'ogc_bad_datetime',
  limit: 'ogc_bad_limit',
  offset: 'ogc_bad_offset',
  crs: 'ogc_bad_crs',
};

function unknownParameter(c: Context<AppEnv>, id: OgcCollectionId, known: readonly string[]): Refused | null {
  const name = Object.keys(c.req.query()).find((n) => !known.includes(n));
  if (name === undefined) return null;
  return { refused: ogcException(c, 400, 'InvalidParameterValue', 'ogc_unknown_parameter', { name, collection: id, names: [...known] }) };
}

function invalid(c: Context<AppEnv>, parameter: OgcItemsParameter): Refused {
  const message = parameter === 'bbox' && c.req.query('bbox-crs') === cgcs2000 ? 'ogc_bad_bbox_lat_first' : parameterMessages[parameter];
  const params = { parameter, value: c.req.query(parameter) ?? '', max: ogcMaxLimit, crs: [...ogcCrsList] };
  return { refused: ogcException(c, 400, 'InvalidParameterValue', message, params) };
}

/**
 * The items query and the property filters of collection `id`, or the 400 that names the parameter at fault.
 * `standard` is what the route takes besides the queryables: /items all of OGC's, an export its own (ogc-export.router).
 */
export function readItemsParams(
  c: Context<AppEnv>,
  id: OgcCollectionId,
  standard: readonly string[] = ogcItemsParameters,
): { query: OgcItemsQuery; properties: OgcPropertyFilters } | Refused {
  const queryables: readonly string[] = ogcQueryables[id];
  const unknown = unknownParameter(c, id, [...standard, ...queryables]);
  if (unknown) return unknown;
  const all = c.req.query();
  const parsed = OgcItemsQuerySchema.safeParse(all);
  if (!parsed.success) return invalid(c, String(parsed.error.issues[0].path[0]) as OgcItemsParameter);
  const properties = Object.fromEntries(Object.entries(all).filter(([name]) => queryables.includes(name)));
  return { query: parsed.data, properties };
}

/** The CRS one item is asked in, or the 400 that names the parameter at fault. */
export function readItemParams(c: Context<AppEnv>, id: OgcCollectionId): { crs: OgcCrs } | Refused {
  const unknown = unknownParameter(c, id, ['crs']);
  if (unknown) return unknown;
  const parsed = OgcItemQuerySchema.safeParse(c.req.query());
  return parsed.success ? { crs: parsed.data.crs } : invalid(c, 'crs');
}
