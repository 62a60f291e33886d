import { parse } from 'csv-parse/sync';
import { RedistrictInputError, type AdjacencyPair } from './types';

/**
 * Adjacency pairs from CSV text whose first two columns are unit ids (further columns ignored); a first row naming
 * no known unit is a header. Each unordered pair is kept once, self-pairs dropped. Throws RedistrictInputError for a
 * row with fewer than two columns or an id that is not a unit (with the line number).
 * Parsed with csv-parse (quoting, CRLF, BOM); pure.
 */
export function parseAdjacencyCsv(text: string, unitIds: ReadonlySet<string>): AdjacencyPair[] {
  let rows: { record: string[]; line: number }[];
  try {
    rows = (parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[])
      .map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (err) {
    throw new RedistrictInputError(`adjacency file is not valid CSV: ${err instanceof Error ? err.message : err}`);
  }
  const pairs: AdjacencyPair[] = [];
  const seen = new Set<string>();
  rows.forEach(({ record: cells, line }, index) => {
    if (cells.length < 2) throw new RedistrictInputError(`adjacency line ${line}: expected two ids separated by a comma`);
    const [a, b] = cells;
    if (index === 0 && !unitIds.has(a) && !unitIds.has(b)) return;
    for (const id of [a, b]) {
      if (!unitIds.has(id)) throw new RedistrictInputError(`adjacency line ${line}: id ${id} is not a unit`);
    }
    if (a === b) return;
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ a, b });
  });
  return pairs;
}
