import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { OsmElement, OsmMember, OsmTags } from '../../../core/basemap/index';

/**
 * The elements of an OSM XML file (API 0.6, as the API, Overpass, JOSM and osmium write it), optionally gzip'ed,
 * in file order. Elements JOSM marks action="delete" are skipped. `withTags: false` leaves tags out. Throws on
 * malformed XML, a broken gzip stream, or a root element other than <osm>.
 */
export async function* readOsmXml(path: string, options: { gzip: boolean; withTags: boolean }): AsyncGenerator<OsmElement> {
  const parser = new SaxesParser();
  const ready: OsmElement[] = [];
  let current: OsmElement | null = null;
  let tags: OsmTags = {};
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    const a = tag.attributes as Record<string, string>;
    if (depth === 1) {
      if (tag.name !== 'osm') throw new Error(`not an OSM XML file (the root element is <${tag.name}>)`);
      return;
    }
    if (depth === 2) {
      const id = Number(a.id);
      tags = {};
      if (a.action === 'delete') current = null;
      else if (tag.name === 'node') current = { type: 'node', id, lat: Number(a.lat), lon: Number(a.lon) };
      else if (tag.name === 'way') current = { type: 'way', id, refs: [] };
      else if (tag.name === 'relation') current = { type: 'relation', id, members: [] };
      else current = null;
      return;
    }
    if (depth !== 3 || !current) return;
    if (tag.name === 'tag' && options.withTags && a.k !== undefined) tags[a.k] = a.v ?? '';
    else if (tag.name === 'nd' && current.type === 'way') current.refs.push(Number(a.ref));
    else if (tag.name === 'member' && current.type === 'relation') {
      current.members.push({ type: a.type as OsmMember['type'], ref: Number(a.ref), role: a.role ?? '' });
    }
  });
  parser.on('closetag', () => {
    if (depth === 2 && current) {
      if (Object.keys(tags).length > 0) current.tags = tags;
      if (current.type !== 'node' || (Number.isFinite(current.lat) && Number.isFinite(current.lon))) ready.push(current);
      current = null;
    }
    depth--;
  });

  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const source = options.gzip ? pipeline(file, createGunzip(), () => {}) : file;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    yield* ready.splice(0);
  }
  parser.write(decoder.decode());
  parser.close();
  yield* ready.splice(0);
}
