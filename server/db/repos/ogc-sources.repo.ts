import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { OgcCollectionId } from '../../../core/contracts/ogc';
import { gridInScope } from '../../auth/scope-sql';
import { ogcCodeNames } from '../../i18n/ogc-words';
import { beats, buildings, communities, compounds, disputes, grids, incidentCategories, incidents, patrolRoutes, stations, streets } from '../schema';
import { featureLayerSql, type FeatureLayer } from './features.repo';
import { assignedNameOf } from './patrol-assignees.repo';
import { routeInScope } from './patrol-routes.repo';

/**
 * The collections of /ogc (issue 14, item 1) as SQL sources: the map layers of features.repo with the same properties
 * and scope, and the tables of the incidents, buildings, disputes and saved patrol routes, each limited to the caller's
 * scope as its /api route is. Each source is a SELECT with an "fid" column (the feature's id), the properties (every
 * other column), and "geom" in EPSG:4326 (CRS84 axis order, as PostGIS stores it).
 */
const layerOf: Record<'streets' | 'communities' | 'grids' | 'beats' | 'stations' | 'key_places', FeatureLayer> = {
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  beats: 'beats',
  stations: 'stations',
  key_places: 'key-places',
};

function incidentsSql(scope: Scope): SQL {
  return sql`SELECT ${incidents.id} AS id, ${incidents.occurredAt} AS "occurredAt", ${incidents.categoryCode} AS "categoryCode",
      ${incidentCategories.nameZh} AS "categoryName", ${incidents.source} AS source, ${incidents.gridCode} AS "gridCode",
      ${incidents.beatCode} AS "beatCode", ${incidents.geom} AS geom
    FROM ${incidents} JOIN ${incidentCategories} ON ${incidentCategories.code} = ${incidents.categoryCode}
    WHERE ${gridInScope(incidents.gridCode, scope)}`;
}

// The building's figures as /api/registry/buildings/:code gives them; no residents (those are the registry's).
function buildingsSql(scope: Scope): SQL {
  return sql`SELECT ${buildings.code} AS code, ${buildings.name} AS name, ${buildings.compoundCode} AS "compoundCode",
      ${compounds.name} AS "compoundName", ${buildings.gridCode} AS "gridCode", ${buildings.floors} AS floors,
      ${buildings.households} AS households, ${buildings.geom} AS geom
    FROM ${buildings} JOIN ${compounds} ON ${compounds.code} = ${buildings.compoundCode}
    WHERE ${gridInScope(buildings.gridCode, scope)}`;
}

// The columns of the /api/disputes list (no description, which is free text); parties are masked after reading
// (ogc-features.repo), as the list masks them.
function disputesSql(scope: Scope): SQL {
  return sql`SELECT ${disputes.code} AS code, ${disputes.type} AS type, ${disputes.status} AS status, ${disputes.source} AS source,
      ${disputes.summary} AS summary, ${disputes.registeredAt} AS "registeredAt", ${disputes.resolvedAt} AS "resolvedAt",
      ${disputes.gridCode} AS "gridCode", ${disputes.communityCode} AS "communityCode", ${disputes.streetCode} AS "streetCode",
      ${disputes.beatCode} AS "beatCode", ${disputes.remit} AS remit, ${disputes.responsibleBody} AS "responsibleBody",
      ${disputes.dueAt} AS "dueAt", ${disputes.riskScore} AS "riskScore", ${disputes.parties} AS parties, ${disputes.geom} AS geom
    FROM ${disputes} WHERE ${gridInScope(disputes.gridCode, scope)}`;
}

// A route starts at its station or at a point picked on the map, which the planner named when it was saved.
function patrolRoutesSql(scope: Scope): SQL {
  return sql`SELECT ${patrolRoutes.id}::text AS id, ${patrolRoutes.name} AS name,
      COALESCE(${patrolRoutes.plan}->>'startName', ${stations.name}) AS "startName", ${patrolRoutes.createdAt} AS "createdAt",
      ${patrolRoutes.stationCode} AS "stationCode", ${patrolRoutes.assignedTo} AS "assignedTo",
      ${assignedNameOf(sql`${patrolRoutes.assignedTo}`)} AS "assignedName", ${patrolRoutes.mode} AS mode,
      ${patrolRoutes.windowStart} AS "windowStart", ${patrolRoutes.windowEnd} AS "windowEnd", ${patrolRoutes.geom} AS geom
    FROM ${patrolRoutes} LEFT JOIN ${stations} ON ${stations.code} = ${patrolRoutes.stationCode}
    WHERE ${routeInScope(scope)}`;
}

// The places a feature names by code, each named beside it: the table, its name column (a community by its short
// name, as every view names one) and the property of the name.
const namedPlaces = {
  gridCode: { as: 'gridName', from: grids, table: alias(grids, 'named_grid') },
  communityCode: { as: 'communityName', from: communities, table: alias(communities, 'named_community') },
  streetCode: { as: 'streetName', from: streets, table: alias(streets, 'named_street') },
  beatCode: { as: 'beatName', from: beats, table: alias(beats, 'named_beat') },
  stationCode: { as: 'stationName', from: stations, table: alias(stations, 'named_station') },
};
type PlaceCode = keyof typeof namedPlaces;
const nameColumn = (code: PlaceCode) => {
  const t = namedPlaces[code].table;
  return 'shortName' in t ? t.shortName : t.name;
};

// Which place codes each collection carries. A patrol route's station is named already, by startName; a grid's beat
// by the grids layer itself (features.repo's beatName, which the map's tooltip reads), so it is not named twice.
const placeCodesOf: Record<OgcCollectionId, PlaceCode[]> = {
  streets: [],
  communities: ['streetCode'],
  grids: ['communityCode', 'streetCode'],
  beats: ['stationCode'],
  stations: ['streetCode'],
  key_places: ['gridCode'],
  buildings: ['gridCode'],
  incidents: ['gridCode', 'beatCode'],
  disputes: ['gridCode', 'communityCode', 'streetCode', 'beatCode'],
  patrol_routes: [],
};

/**
 * A source with the names of its codes beside them (issue 14: a place is shown by its name, never a code alone): each
 * place code's name from its table, each coded value's word (ogcCodeNames). A code without a row names nothing (null).
 */
function withNames(id: OgcCollectionId, source: SQL): SQL {
  const places = placeCodesOf[id];
  const codes = Object.entries(ogcCodeNames[id] ?? {});
  const columns = [
    ...places.map((code) => sql`, ${nameColumn(code)} AS ${sql.identifier(namedPlaces[code].as)}`),
    ...codes.map(([code, { as, words }]) => {
      const cases = Object.entries(words).map(([value, word]) => sql` WHEN ${value} THEN ${word}`);
      return sql`, CASE n.${sql.identifier(code)}${sql.join(cases)} END::text AS ${sql.identifier(as)}`;
    }),
  ];
  const joins = places.map((code) => {
    const { from, table } = namedPlaces[code];
    return sql` LEFT JOIN ${from} ${table} ON ${table.code} = n.${sql.identifier(code)}`;
  });
  return sql`SELECT n.*${sql.join(columns)} FROM (${source}) n${sql.join(joins)}`;
}

function sourceSql(id: OgcCollectionId, scope: Scope): SQL {
  switch (id) {
    case 'incidents': return incidentsSql(scope);
    case 'patrol_routes': return patrolRoutesSql(scope);
    case 'buildings': return buildingsSql(scope);
    case 'disputes': return disputesSql(scope);
    default: return featureLayerSql(layerOf[id], scope);
  }
}

/**
 * A collection's rows as a subquery with "fid". Grids are only the caller's: /api/grids draws the others faded for a
 * map's surroundings, but a feature service has no faded, and their figures are not the caller's to read (issue 12).
 */
export function ogcSourceSql(id: OgcCollectionId, scope: Scope): SQL {
  const named = withNames(id, sourceSql(id, scope));
  const fid = id === 'incidents' || id === 'patrol_routes' ? sql`s.id` : sql`s.code`;
  return sql`(SELECT ${fid} AS fid, s.* FROM (${named}) s${id === 'grids' ? sql` WHERE s."inScope"` : sql``})`;
}

/** The time of a collection's features (what datetime selects on and the temporal extent spans), if it has one. */
export const ogcTimeColumn: Partial<Record<OgcCollectionId, SQL>> = {
  incidents: sql`t."occurredAt"`,
  disputes: sql`t."registeredAt"`,
  patrol_routes: sql`t."createdAt"`,
};

/** The SQL key of a feature id, or null when the id cannot name a feature of the collection (so none is found). */
export function ogcFeatureKey(id: OgcCollectionId, featureId: string): SQL | null {
  if (id === 'incidents') return /^\d{1,15}$/.test(featureId) ? sql`${Number(featureId)}::bigint` : null;
  if (id === 'patrol_routes') return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(featureId) ? sql`${featureId.toLowerCase()}` : null;
  return sql`${featureId}`;
}
