/**
 * OGC API – Features under /ogc (issue 14, item 1): builds the landing page, the conformance declaration, the
 * collections with their extents from the data, their queryables, and pages of items with numberMatched and
 * offset-based next/prev links, from ogc-features.repo (which applies the caller's scope). Links are absolute, built
 * from the request's own URL, because GDAL's OAPIF driver follows them as given.
 */
import type { Role, Scope } from '../../core/contracts/auth';
import {
  crs84, ogcCollectionIds, ogcConformance, ogcCrsList, ogcMayOpen, ogcQueryables, ogcQueryableValues, type OgcCollection, type OgcCollectionId, type OgcCollections,
  type OgcCrs, type OgcFeature, type OgcFeatureCollection, type OgcItemsQuery, type OgcLanding, type OgcLink, type OgcQueryables,
} from '../../core/contracts/ogc';
import type { Db } from '../db/engine';
import { countOgcItems, findOgcExtent, findOgcItem, findOgcItems, type OgcPropertyFilters } from '../db/repos/ogc-features.repo';
import type { Language } from '../i18n/language';
import { ogcCollectionWords, ogcQueryablesTitle, ogcQueryableWords, ogcServiceWords } from '../i18n/ogc-words';

const json = 'application/json';
const geojson = 'application/geo+json';
const schemaJson = 'application/schema+json';
const gregorian = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';
const queryablesRel = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';

/** Where /ogc is, for one request: its origin and the language it reads. */
export interface OgcContext {
  db: Db;
  scope: Scope;
  role: Role;
  base: string; // e.g. http://127.0.0.1:8787/ogc
  language: Language;
}

export function ogcLanding({ base, language }: Pick<OgcContext, 'base' | 'language'>): OgcLanding {
  return {
    ...ogcServiceWords[language],
    links: [
      { href: base, rel: 'self', type: json, title: ogcServiceWords[language].title },
      // The API's OpenAPI 3.1 document describes /api, not /ogc; hence no oas30 conformance class is claimed.
      { href: new URL('/api/openapi.json', base).href, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.1' },
      { href: `${base}/conformance`, rel: 'conformance', type: json },
      { href: `${base}/collections`, rel: 'data', type: json },
    ],
  };
}

export function ogcConformanceDeclaration() {
  return { conformsTo: [...ogcConformance] };
}

async function describeCollection(ctx: OgcContext, id: OgcCollectionId): Promise<OgcCollection> {
  const { bbox, interval } = await findOgcExtent(ctx.db, id, ctx.scope);
  const href = `${ctx.base}/collections/${id}`;
  return {
    id,
    ...ogcCollectionWords[ctx.language][id],
    itemType: 'feature',
    crs: [...ogcCrsList],
    storageCrs: crs84,
    ...(bbox ? { extent: { spatial: { bbox: [bbox], crs: crs84 }, ...(interval ? { temporal: { interval: [interval], trs: gregorian } } : {}) } } : {}),
    links: [
      { href, rel: 'self', type: json },
      { href: `${href}/items`, rel: 'items', type: geojson },
      { href: `${href}/queryables`, rel: queryablesRel, type: schemaJson },
    ],
  };
}

/**
 * The collections the caller may open, and only those: GDAL and QGIS open every collection listed, so one that
 * would answer 403 would break a whole copy (ogr2ogr) or show a layer that never loads.
 */
export async function ogcCollections(ctx: OgcContext): Promise<OgcCollections> {
  const collections: OgcCollection[] = [];
  for (const id of ogcCollectionIds.filter((c) => ogcMayOpen(ctx.role, c))) collections.push(await describeCollection(ctx, id));
  return { links: [{ href: `${ctx.base}/collections`, rel: 'self', type: json }], collections };
}

export function ogcCollection(ctx: OgcContext, id: OgcCollectionId): Promise<OgcCollection> {
  return describeCollection(ctx, id);
}

/** One page of items; `url` is the request's URL, whose other parameters the next and prev links keep. */
export async function ogcItems(
  ctx: OgcContext, id: OgcCollectionId, query: OgcItemsQuery, properties: OgcPropertyFilters, url: URL,
): Promise<OgcFeatureCollection> {
  const numberMatched = await countOgcItems(ctx.db, id, query, properties, ctx.scope);
  const features = await findOgcItems(ctx.db, id, query, properties, ctx.scope);
  const at = (offset: number) => {
    const u = new URL(url.href);
    u.searchParams.set('limit', String(query.limit));
    u.searchParams.set('offset', String(offset));
    return u.href;
  };
  const links: OgcLink[] = [
    { href: url.href, rel: 'self', type: geojson },
    { href: `${ctx.base}/collections/${id}`, rel: 'collection', type: json },
  ];
  if (query.offset + features.length < numberMatched) links.push({ href: at(query.offset + query.limit), rel: 'next', type: geojson });
  if (query.offset > 0) links.push({ href: at(Math.max(0, query.offset - query.limit)), rel: 'prev', type: geojson });
  return { type: 'FeatureCollection', features, numberMatched, numberReturned: features.length, timeStamp: new Date().toISOString(), links };
}

/** One feature with its links, or null when the caller may see none of that id. */
export async function ogcItem(ctx: OgcContext, id: OgcCollectionId, featureId: string, crs: OgcCrs): Promise<(OgcFeature & { links: OgcLink[] }) | null> {
  const feature = await findOgcItem(ctx.db, id, featureId, crs, ctx.scope);
  if (!feature) return null;
  const href = `${ctx.base}/collections/${id}`;
  return {
    ...feature,
    links: [
      { href: `${href}/items/${encodeURIComponent(featureId)}`, rel: 'self', type: geojson },
      { href, rel: 'collection', type: json },
    ],
  };
}

/** A collection's queryables (OGC Part 3): the properties items take as `?name=value`, all matched as exact text. */
export function ogcQueryablesOf(ctx: Pick<OgcContext, 'base' | 'language'>, id: OgcCollectionId): OgcQueryables {
  const words = ogcQueryableWords[ctx.language];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${ctx.base}/collections/${id}/queryables`,
    type: 'object',
    title: ogcQueryablesTitle[ctx.language](ogcCollectionWords[ctx.language][id].title),
    properties: Object.fromEntries(ogcQueryables[id].map((name) => {
      const values = (ogcQueryableValues[id] as Partial<Record<string, readonly string[]>> | undefined)?.[name];
      return [name, { type: 'string', title: words[name], ...(values ? { enum: [...values] } : {}) }];
    })),
    // Only these may be filtered on; another name answers 400 (Part 3 lets a server say so with additionalProperties).
    additionalProperties: false,
  };
}
