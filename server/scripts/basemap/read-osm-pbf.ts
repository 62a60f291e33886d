import { createReadStream } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { parse } from 'osm-pbf-parser-node';
import { PbfReader } from 'pbf';
import type { OsmElement } from '../../../core/basemap/index';

// The OSM PBF framing (wiki.openstreetmap.org/wiki/PBF_Format): a big-endian uint32 length, a BlobHeader of that
// many bytes (type, datasize), then a Blob of datasize bytes (raw or zlib). The blocks are decoded with
// osm-pbf-parser-node's `parse`; the framing is read here rather than through its stream transform, because that
// transform throws from inside a stream callback on a damaged file, which would crash the CLI with a stack trace
// instead of an exit 2 and one line.
const MAX_HEADER_BYTES = 64 * 1024; // the format's own limits
const MAX_BLOB_BYTES = 32 * 1024 * 1024;

function readBlobHeader(bytes: Uint8Array): { type: string; datasize: number } {
  return new PbfReader(bytes).readFields(
    (tag, header, pbf) => {
      if (tag === 1) header.type = pbf.readString();
      else if (tag === 3) header.datasize = pbf.readVarint();
    },
    { type: '', datasize: -1 },
  );
}

function readBlobData(bytes: Uint8Array): Buffer {
  const blob = new PbfReader(bytes).readFields(
    (tag, b, pbf) => {
      if (tag === 1) b.raw = pbf.readBytes();
      else if (tag === 3) b.zlib = pbf.readBytes();
      else if (tag >= 4 && tag <= 7) b.other = true; // lzma, bzip2, lz4, zstd
    },
    { raw: null as Uint8Array | null, zlib: null as Uint8Array | null, other: false },
  );
  if (blob.zlib) return inflateSync(blob.zlib);
  if (blob.raw) return Buffer.from(blob.raw);
  throw new Error(blob.other ? 'a block is compressed with a method other than zlib, which is not supported' : 'a block holds no data');
}

/**
 * The elements of an OSM PBF file, in file order, as the core's OsmElement; `withTags: false` leaves tags out (the
 * second pass needs only way refs). Throws on a file that is not OSM PBF or is cut short.
 */
export async function* readOsmPbf(path: string, options: { withTags: boolean }): AsyncGenerator<OsmElement> {
  let buffered: Buffer = Buffer.alloc(0);
  let blocks = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    buffered = buffered.length > 0 ? Buffer.concat([buffered, chunk as Buffer]) : (chunk as Buffer);
    let pos = 0;
    for (;;) {
      if (buffered.length - pos < 4) break;
      const headerLength = buffered.readUInt32BE(pos);
      if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw new Error('not an OSM PBF file (bad block header length)');
      if (buffered.length - pos - 4 < headerLength) break;
      const header = readBlobHeader(buffered.subarray(pos + 4, pos + 4 + headerLength));
      if (header.type !== 'OSMHeader' && header.type !== 'OSMData') throw new Error(`not an OSM PBF file (block type "${header.type.slice(0, 20)}")`);
      if (header.datasize < 0 || header.datasize > MAX_BLOB_BYTES) throw new Error('not an OSM PBF file (bad block size)');
      const end = pos + 4 + headerLength + header.datasize;
      if (buffered.length < end) break;
      const data = readBlobData(buffered.subarray(pos + 4 + headerLength, end));
      pos = end;
      blocks++;
      if (header.type === 'OSMData') {
        for (const item of parse(data, { withTags: options.withTags, withInfo: false })) yield item as OsmElement;
      }
    }
    buffered = buffered.subarray(pos);
  }
  if (buffered.length > 0 || blocks === 0) throw new Error(blocks === 0 ? 'not an OSM PBF file (no blocks)' : 'the file ends inside a block (cut short?)');
}
