/** One PMTiles v3 directory entry: a run of `runLength` tiles from `tileId` with the same bytes, or a leaf (runLength 0). */
export interface PmtilesEntry {
  tileId: number;
  /** Bytes from the start of the tile data section (of the leaf directory section for a leaf). */
  offset: number;
  length: number;
  runLength: number;
}

/** Appends `value` (an integer 0 … 2^53) as a protobuf-style unsigned varint; arithmetic, as bit operators stop at 2^32. */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/**
 * Serializes a PMTiles v3 directory (spec: github.com/protomaps/PMTiles spec/v3/spec.md, "Directory
 * Serialization"), before internal compression: the entry count, then columns of varints — tile ids as deltas
 * from the previous id, run lengths, lengths, and offsets written as 0 when an entry starts right where the
 * previous one ended, else offset + 1. Entries must be sorted by tileId and non-empty (the spec forbids an empty
 * directory); throws otherwise. Does not mutate the input.
 */
export function encodePmtilesDirectory(entries: PmtilesEntry[]): Uint8Array {
  if (entries.length === 0) throw new Error('a PMTiles directory must hold at least one entry');
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    if (e.tileId < lastId) throw new Error('PMTiles directory entries must be sorted by tileId');
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, k) => {
    const previous = entries[k - 1];
    pushVarint(out, k > 0 && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}
