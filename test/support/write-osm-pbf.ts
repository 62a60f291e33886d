// Test support: writes OSM elements as an OSM PBF file (wiki.openstreetmap.org/wiki/PBF_Format), so the base-map
// builder's PBF reader can be tested on the real Monaco extract, which we hold only as XML. Dense nodes, zlib blobs,
// at most 8,000 elements a block, no metadata. Not a general writer: it assumes ids fit in 53 bits.
import { deflateSync } from 'node:zlib';
import { PbfWriter } from 'pbf';
import type { OsmElement, OsmNode, OsmRelation, OsmWay } from '../../core/basemap/index';

const memberType = { node: 0, way: 1, relation: 2 } as const;

function frame(type: 'OSMHeader' | 'OSMData', block: Uint8Array): Buffer {
  const blob = new PbfWriter();
  blob.writeVarintField(2, block.length); // raw_size
  blob.writeBytesField(3, deflateSync(block)); // zlib_data
  const blobBytes = blob.finish();
  const header = new PbfWriter();
  header.writeStringField(1, type);
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return Buffer.concat([length, headerBytes, blobBytes]);
}

const deltas = (values: number[]) => values.map((v, k) => v - (k > 0 ? values[k - 1] : 0));

function primitiveBlock(elements: OsmElement[]): Uint8Array {
  const strings = [''];
  const index = new Map<string, number>([['', 0]]);
  const sid = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const nodes = elements.filter((e): e is OsmNode => e.type === 'node');
  const ways = elements.filter((e): e is OsmWay => e.type === 'way');
  const relations = elements.filter((e): e is OsmRelation => e.type === 'relation');
  const keysVals = nodes.flatMap((n) => [...Object.entries(n.tags ?? {}).flatMap(([k, v]) => [sid(k), sid(v)]), 0]);
  const wayFields = ways.map((w) => ({ w, keys: Object.keys(w.tags ?? {}).map(sid), vals: Object.values(w.tags ?? {}).map(sid) }));
  const relationFields = relations.map((r) => ({ r, keys: Object.keys(r.tags ?? {}).map(sid), vals: Object.values(r.tags ?? {}).map(sid), roles: r.members.map((m) => sid(m.role)) }));

  const pbf = new PbfWriter();
  pbf.writeMessage(1, (_: null, p: PbfWriter) => strings.forEach((s) => p.writeBytesField(1, new TextEncoder().encode(s))), null);
  pbf.writeMessage(2, (_: null, group: PbfWriter) => {
    if (nodes.length > 0) {
      group.writeMessage(2, (__: null, dense: PbfWriter) => {
        dense.writePackedSVarint(1, deltas(nodes.map((n) => n.id)));
        dense.writePackedSVarint(8, deltas(nodes.map((n) => Math.round(n.lat * 1e7))));
        dense.writePackedSVarint(9, deltas(nodes.map((n) => Math.round(n.lon * 1e7))));
        dense.writePackedVarint(10, keysVals);
      }, null);
    }
    for (const { w, keys, vals } of wayFields) {
      group.writeMessage(3, (__: null, way: PbfWriter) => {
        way.writeVarintField(1, w.id);
        way.writePackedVarint(2, keys);
        way.writePackedVarint(3, vals);
        way.writePackedSVarint(8, deltas(w.refs));
      }, null);
    }
    for (const { r, keys, vals, roles } of relationFields) {
      group.writeMessage(4, (__: null, rel: PbfWriter) => {
        rel.writeVarintField(1, r.id);
        rel.writePackedVarint(2, keys);
        rel.writePackedVarint(3, vals);
        rel.writePackedVarint(8, roles);
        rel.writePackedSVarint(9, deltas(r.members.map((m) => m.ref)));
        rel.writePackedVarint(10, r.members.map((m) => memberType[m.type]));
      }, null);
    }
  }, null);
  return pbf.finish();
}

/** The bytes of an OSM PBF file holding `elements` (nodes, then ways, then relations, as given within each kind). */
export function writeOsmPbf(elements: OsmElement[]): Buffer {
  const header = new PbfWriter();
  header.writeStringField(4, 'OsmSchema-V0.6');
  header.writeStringField(4, 'DenseNodes');
  header.writeStringField(16, 'jingwang test support');
  const blocks = [frame('OSMHeader', header.finish())];
  for (const type of ['node', 'way', 'relation'] as const) {
    const ofType = elements.filter((e) => e.type === type);
    for (let k = 0; k < ofType.length; k += 8000) blocks.push(frame('OSMData', primitiveBlock(ofType.slice(k, k + 8000))));
  }
  return Buffer.concat(blocks);
}
