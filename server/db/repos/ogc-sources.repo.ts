import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { OgcCollectionId } from '../../../core/contracts/ogc';
import { gridInScope } from '../../auth/scope-sql';
import { buildings, compounds, disputes, incidentCategories, incidents, patrolRoutes, stations } from '../schema';
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

/**
 * A collection's rows as a subquery with "fid". Grids are only the caller's: /api/grids draws the others faded for a
 * map's surroundings, but a feature service has no faded, and their figures are not the caller's to read (issue 12).
 */
export function ogcSourceSql(id: OgcCollectionId, scope: Scope): SQL {
  switch (id) {
    case 'incidents': return sql`(SELECT s.id AS fid, s.* FROM (${incidentsSql(scope)}) s)`;
    case 'patrol_routes': return sql`(SELECT s.id AS fid, s.* FROM (${patrolRoutesSql(scope)}) s)`;
    case 'buildings': return sql`(SELECT s.code AS fid, s.* FROM (${buildingsSql(scope)}) s)`;
    case 'disputes': return sql`(SELECT s.code AS fid, s.* FROM (${disputesSql(scope)}) s)`;
    case 'grids': return sql`(SELECT s.code AS fid, s.* FROM (${featureLayerSql('grids', scope)}) s WHERE s."inScope")`;
    default: return sql`(SELECT s.code AS fid, s.* FROM (${featureLayerSql(layerOf[id], scope)}) s)`;
  }
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
