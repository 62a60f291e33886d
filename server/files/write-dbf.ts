import type { DbfTable } from './shapefile-fields';

/**
 * A dBase III table (the .dbf of a Shapefile) as bytes: a 32-byte header, a 32-byte descriptor a field (name, type,
 * width, decimals), 0x0D, then each record (a space for "not deleted", each cell padded to its width: text on the
 * right, numbers on the left) and 0x1A. Our own rather than shp-write's (the dbf package), which writes every number
 * as N(18,3) and every text as C(254).
 */
export function writeDbf({ fields, rows }: DbfTable, today = new Date()): Buffer {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, f) => sum + f.width, 0);
  const out = Buffer.alloc(headerLength + recordLength * rows.length + 1, 0x20);
  out.fill(0, 0, headerLength);
  out.writeUInt8(0x03, 0);
  out.writeUInt8(today.getFullYear() - 1900, 1);
  out.writeUInt8(today.getMonth() + 1, 2);
  out.writeUInt8(today.getDate(), 3);
  out.writeUInt32LE(rows.length, 4);
  out.writeUInt16LE(headerLength, 8);
  out.writeUInt16LE(recordLength, 10);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.write(f.field, at, 10, 'latin1');
    out.write(f.type, at + 11, 1, 'latin1');
    out.writeUInt8(f.width, at + 16);
    out.writeUInt8(f.decimals, at + 17);
  });
  out.writeUInt8(0x0d, headerLength - 1);
  let at = headerLength;
  for (const row of rows) {
    at++; // the deletion flag, a space
    fields.forEach((f, i) => {
      const cell = row[i];
      cell.copy(out, f.type === 'N' ? at + f.width - cell.length : at);
      at += f.width;
    });
  }
  out.writeUInt8(0x1a, at);
  return out;
}
