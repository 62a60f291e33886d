import type { z } from 'zod';
import { importRowSchemas, registryColumns, type ImportRejection, type ImportRowOf, type RegistryKind } from '../contracts/registry';
import type { ParsedRegistryFile, RawRegistryRow } from './parse-registry-file';

/** What the database knows, limited to the codes the file names (see referencedCodes). */
export interface RegistryReferences {
  /** building code → grid code, for buildings in the caller's jurisdiction only. */
  buildings: ReadonlyMap<string, string>;
  /** address code → building code, for addresses in the caller's jurisdiction only. */
  addresses: ReadonlyMap<string, string>;
  /** house code → building code, for houses in the caller's jurisdiction only. */
  houses: ReadonlyMap<string, string>;
  /** Keys of this kind already taken anywhere (the key is unique district-wide). */
  existingKeys: ReadonlySet<string>;
}

export interface AcceptedRow<K extends RegistryKind> {
  row: number;
  values: ImportRowOf[K];
  buildingCode: string;
  gridCode: string;
  point: [number, number] | null;
}

export interface RegistryValidation<K extends RegistryKind> {
  accepted: AcceptedRow<K>[];
  /** Every problem of every refused row, by row then column order; a row with any problem is not accepted. */
  rejected: ImportRejection[];
}

const keyColumn = (kind: RegistryKind) => registryColumns[kind][0];

/** The codes a file names, so that the caller can look up only those (all trimmed values, valid or not). */
export function referencedCodes(kind: RegistryKind, rows: readonly RawRegistryRow[]) {
  const pick = (col: string) => [...new Set(rows.map((r) => r.values[col]).filter((v): v is string => v !== undefined))];
  return { keys: pick(keyColumn(kind)), buildings: pick('building_code'), addresses: pick('address_code'), houses: pick('house_code') };
}

/**
 * Validates the rows of a parsed import file of one kind: each row against its schema (core/contracts/registry),
 * then against the references — a building, address or house must exist in the caller's jurisdiction (the reason
 * does not say which, so scope does not reveal what exists elsewhere), a resident's house must be in its building,
 * moved-in and moved-out dates must not lie after `today` (YYYY-MM-DD, Asia/Shanghai) — and against the file itself:
 * a key, a resident's id_number, or a house's (address_code, number) repeated is refused on the later row.
 * A key already in the database is refused. The parse problems of `file` are kept. Pure; inputs are not mutated.
 */
export function validateRegistryRows<K extends RegistryKind>(
  kind: K, file: ParsedRegistryFile, refs: RegistryReferences, { today }: { today: string },
): RegistryValidation<K> {
  const rejected: ImportRejection[] = [...file.rejected];
  const refuse = (row: number, field: string, reason: string) => rejected.push({ row, field, reason });
  const schema = importRowSchemas[kind] as unknown as z.ZodType<ImportRowOf[K]>;
  const seen = new Map<string, number>();
  const firstRow = (key: string, row: number) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    return first;
  };
  const candidates: AcceptedRow<K>[] = [];
  for (const raw of file.rows) {
    const { row, values } = raw;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const missing = issue.code === 'invalid_type' && values[field] === undefined;
        refuse(row, field, missing ? `${field} is required` : issue.message);
      }
    }
    const key = values[keyColumn(kind)];
    if (key !== undefined) {
      const first = firstRow(`key:${key}`, row);
      if (first !== undefined) refuse(row, keyColumn(kind), `${keyColumn(kind)} ${key} repeats row ${first}`);
      else if (refs.existingKeys.has(key)) refuse(row, keyColumn(kind), `${keyColumn(kind)} ${key} already exists`);
    }
    const place = locate(kind, values, refs, (field, reason) => refuse(row, field, reason));
    checkKind(kind, values, refs, today, (field, reason) => refuse(row, field, reason), firstRow, row, place?.buildingCode);
    if (parsed.success && place) candidates.push({ row, values: parsed.data, ...place, point: raw.point });
  }
  const refusedRows = new Set(rejected.map((r) => r.row));
  const order = registryColumns[kind];
  rejected.sort((a, b) => a.row - b.row || order.indexOf(a.field) - order.indexOf(b.field));
  return { accepted: candidates.filter((c) => !refusedRows.has(c.row)), rejected };
}

type Refuse = (field: string, reason: string) => void;

/** The row's building and grid, through its building_code or its address_code. */
function locate(kind: RegistryKind, v: RawRegistryRow['values'], refs: RegistryReferences, refuse: Refuse) {
  let buildingCode: string | undefined;
  if (kind === 'residents' || kind === 'addresses') {
    buildingCode = v.building_code;
    if (buildingCode !== undefined && !refs.buildings.has(buildingCode)) {
      refuse('building_code', `no building ${buildingCode} in your jurisdiction`);
      return null;
    }
  } else {
    if (v.address_code === undefined) return null;
    buildingCode = refs.addresses.get(v.address_code);
    if (buildingCode === undefined) {
      refuse('address_code', `no standard address ${v.address_code} in your jurisdiction`);
      return null;
    }
  }
  if (buildingCode === undefined) return null;
  return { buildingCode, gridCode: refs.buildings.get(buildingCode)! };
}

function checkKind(
  kind: RegistryKind, v: RawRegistryRow['values'], refs: RegistryReferences, today: string, refuse: Refuse,
  firstRow: (key: string, row: number) => number | undefined, row: number, buildingCode: string | undefined,
) {
  if (kind === 'residents') {
    for (const field of ['moved_in_on', 'moved_out_on'] as const) {
      if (v[field] !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v[field]!) && v[field]! > today) refuse(field, `${field} ${v[field]} is after today (${today})`);
    }
    if (v.id_number !== undefined) {
      const first = firstRow(`id_number:${v.id_number.toUpperCase()}`, row);
      if (first !== undefined) refuse('id_number', `id_number repeats row ${first}`);
    }
    if (v.house_code !== undefined) {
      const houseBuilding = refs.houses.get(v.house_code);
      if (houseBuilding === undefined) refuse('house_code', `no house ${v.house_code} in your jurisdiction`);
      else if (buildingCode !== undefined && houseBuilding !== buildingCode) refuse('house_code', `house ${v.house_code} is not in building ${buildingCode}`);
    }
  }
  if (kind === 'houses' && v.address_code !== undefined && v.number !== undefined) {
    const first = firstRow(`house:${v.address_code}|${v.number}`, row);
    if (first !== undefined) refuse('number', `house ${v.number} at ${v.address_code} repeats row ${first}`);
  }
}
