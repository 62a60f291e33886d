import type { Feature } from 'geojson';
import { buildMultipolygon } from './build-multipolygon';
import { buildSeaPolygons } from './build-sea-polygons';
import { classifyLandcover } from './classify-landcover';
import { classifyWaterArea } from './classify-water-area';
import { convertPlaceNode } from './convert-place-node';
import { convertWayToFeatures } from './convert-way-to-features';
import { createNodeStore } from './create-node-store';
import { describeAreaFeatures } from './describe-area-features';
import { joinWaysIntoRings } from './join-ways-into-rings';
import type { BasemapFeature, Bbox, LngLat, OsmElement, OsmRelation, OsmTags, OsmWay } from './types';

export interface CollectorStats {
  nodes: number;
  ways: number;
  relations: number;
  /** Coastline ways, and the sea polygons built from them (water class `ocean`). */
  coastlines: number;
  seaPolygons: number;
  /** Multipolygon relations (water, landcover or building) turned into features. */
  multipolygons: number;
  /** Ring chains of those relations that could not be closed (cut off by the extract) and were dropped. */
  unclosedRings: number;
  /** Features left out because they lie wholly outside the bbox. */
  outsideBbox: number;
}

export interface BasemapCollector {
  /** First pass: every element of the file, in file order (nodes before the ways that use them). */
  addElement(element: OsmElement): void;
  /**
   * After the first pass: the ways that water, landcover and building multipolygon relations need; empty when there
   * are none (skip the second pass).
   */
  memberWayIds(): Set<number>;
  /** Second pass: the ways whose ids `memberWayIds` named (others are ignored). */
  addMemberWay(way: OsmWay): void;
  /**
   * The features of both passes, in the order they were found (multipolygons last), their extent (w, s, e, n; null
   * with no feature) and counts.
   */
  finish(): { features: BasemapFeature[]; extent: Bbox | null; stats: CollectorStats };
}

interface PendingMultipolygon {
  tags: OsmTags;
  outer: number[];
  inner: number[];
}

function featureBbox(feature: Feature): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const part of c as unknown[]) visit(part);
  };
  if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return box;
}

const isMultipolygonOfInterest = (r: OsmRelation) => {
  const building = r.tags?.building;
  if (r.tags?.type !== 'multipolygon') return false;
  return classifyWaterArea(r.tags) !== null || classifyLandcover(r.tags) !== null || (building !== undefined && building !== 'no');
};

/**
 * Turns a stream of OSM elements into OpenMapTiles-schema features (see convert-way-to-features.ts,
 * convert-place-node.ts, describe-area-features.ts) in two passes: the first converts nodes and ways and notes the
 * water, landcover and building multipolygon relations; relations come after their member ways in OSM files, so a
 * second pass hands over just the member ways, which are joined into rings at `finish`. `finish` also builds the
 * sea (water class `ocean`) from natural=coastline ways within `bbox`, or else within the extent of the other
 * features (see build-sea-polygons.ts). With `bbox` (w, s, e, n in degrees), features wholly outside it are
 * dropped. Vertices whose nodes the extract lacks are skipped. Keeps node coordinates in a compact store (16 bytes
 * a node). No I/O; the caller reads the file.
 */
export function createBasemapCollector(options: { bbox?: Bbox } = {}): BasemapCollector {
  const nodes = createNodeStore();
  const features: BasemapFeature[] = [];
  const pending: PendingMultipolygon[] = [];
  const memberRefs = new Map<number, number[]>();
  const stats: CollectorStats = { nodes: 0, ways: 0, relations: 0, coastlines: 0, seaPolygons: 0, multipolygons: 0, unclosedRings: 0, outsideBbox: 0 };
  const { bbox } = options;
  let wanted: Set<number> | null = null;
  const coastlines: number[][] = [];
  const nodeExtent: Bbox = [Infinity, Infinity, -Infinity, -Infinity];

  const extent: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const keep = (list: BasemapFeature[]) => {
    for (const f of list) {
      const [w, s, e, n] = featureBbox(f.feature);
      if (bbox && (w > bbox[2] || e < bbox[0] || s > bbox[3] || n < bbox[1])) {
        stats.outsideBbox++;
        continue;
      }
      features.push(f);
      extent[0] = Math.min(extent[0], w);
      extent[1] = Math.min(extent[1], s);
      extent[2] = Math.max(extent[2], e);
      extent[3] = Math.max(extent[3], n);
    }
  };
  const coordsOf = (refs: number[]) => refs.map((id) => nodes.get(id)).filter((p): p is LngLat => p !== undefined);

  const addWay = (way: OsmWay) => {
    if (!way.tags) return;
    if (way.tags.natural === 'coastline') {
      stats.coastlines++;
      coastlines.push(way.refs);
    }
    const coords = coordsOf(way.refs);
    const closed = way.refs.length > 3 && way.refs[0] === way.refs[way.refs.length - 1] && coords.length > 3;
    keep(convertWayToFeatures(way.tags, coords, closed));
  };

  const ringsOf = (wayIds: number[]) => {
    const { rings, open } = joinWaysIntoRings(wayIds.map((id) => memberRefs.get(id)).filter((r): r is number[] => r !== undefined));
    stats.unclosedRings += open.length;
    return rings.map(coordsOf).filter((ring, k) => ring.length === rings[k].length);
  };

  // The sea, from the coastline, within the bbox, or else the extent of the other features (of the nodes without any):
  // an extract often holds a few far-off nodes (a territorial-waters boundary) that would stretch the map over the sea.
  const addSea = () => {
    const box = bbox ?? (features.length > 0 ? [...extent] as Bbox : nodeExtent);
    if (coastlines.length === 0 || !(box[0] < box[2] && box[1] < box[3])) return;
    const { rings, open } = joinWaysIntoRings(coastlines, { keepDirection: true });
    const sea = buildSeaPolygons(open.map(coordsOf).filter((c) => c.length >= 2), rings.map(coordsOf).filter((r, k) => r.length === rings[k].length), box);
    coastlines.length = 0;
    if (!sea) return;
    stats.seaPolygons += sea.coordinates.length;
    keep([{ layer: 'water', minzoom: 0, feature: { type: 'Feature', properties: { class: 'ocean' }, geometry: sea } }]);
  };

  return {
    addElement(element) {
      if (element.type === 'node') {
        stats.nodes++;
        nodes.add(element.id, element.lon, element.lat);
        nodeExtent[0] = Math.min(nodeExtent[0], element.lon);
        nodeExtent[1] = Math.min(nodeExtent[1], element.lat);
        nodeExtent[2] = Math.max(nodeExtent[2], element.lon);
        nodeExtent[3] = Math.max(nodeExtent[3], element.lat);
        const place = convertPlaceNode(element);
        if (place) keep([place]);
      } else if (element.type === 'way') {
        stats.ways++;
        addWay(element);
      } else {
        stats.relations++;
        if (!isMultipolygonOfInterest(element)) return;
        const ways = element.members.filter((m) => m.type === 'way');
        const outer = ways.filter((m) => m.role !== 'inner').map((m) => m.ref);
        const inner = ways.filter((m) => m.role === 'inner').map((m) => m.ref);
        if (outer.length > 0) pending.push({ tags: element.tags!, outer, inner });
      }
    },
    memberWayIds() {
      wanted ??= new Set(pending.flatMap((p) => [...p.outer, ...p.inner]));
      return wanted;
    },
    addMemberWay(way) {
      wanted ??= new Set(pending.flatMap((p) => [...p.outer, ...p.inner]));
      if (wanted.has(way.id)) memberRefs.set(way.id, way.refs);
    },
    finish() {
      for (const p of pending) {
        const geometry = buildMultipolygon(ringsOf(p.outer), ringsOf(p.inner));
        if (!geometry) continue;
        stats.multipolygons++;
        keep(describeAreaFeatures(p.tags, geometry));
      }
      pending.length = 0;
      addSea();
      return { features, extent: features.length > 0 ? extent : null, stats };
    },
  };
}
