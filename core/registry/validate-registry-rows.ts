import type { z } from 'zod';
import { importRowSchemas, registryColumns, type ImportRowOf, type RegistryKind } from '../contracts/registry';
import type { ParsedRegistryFile, RawRegistryRow } from './parse-registry-file';
import type { RegistryProblem, RegistryProblemCode } from './registry-problem';

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
  rejected: RegistryProblem[];
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
  const rejected: RegistryProblem[] = [...file.rejected];
  const refuse = (row: number, field: string, code: RegistryProblemCode, params: Params = {}) => rejected.push({ row, field, code, params });
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
        if (issue.code === 'invalid_type' && values[field] === undefined) refuse(row, field, 'registry_required', { field });
        else rejected.push({ row, field, issue });
      }
    }
    const key = values[keyColumn(kind)];
    if (key !== undefined) {
      const first = firstRow(`key:${key}`, row);
      if (first !== undefined) refuse(row, keyColumn(kind), 'registry_repeats_value', { field: keyColumn(kind), value: key, first });
      else if (refs.existingKeys.has(key)) refuse(row, keyColumn(kind), 'registry_exists', { field: keyColumn(kind), value: key });
    }
    const place = locate(kind, values, refs, (field, code, params) => refuse(row, field, code, params));
    checkKind(kind, values, refs, today, (field, code, params) => refuse(row, field, code, params), firstRow, row, place?.buildingCode);
    if (parsed.success && place) candidates.push({ row, values: parsed.data, ...place, point: raw.point });
  }
  const refusedRows = new Set(rejected.map((r) => r.row));
  const order = registryColumns[kind];
  rejected.sort((a, b) => a.row - b.row || order.indexOf(a.field) - order.indexOf(b.field));
  return { accepted: candidates.filter((c) => !refusedRows.has(c.row)), rejected };
}

type Params = Record<string, string | number>;
type Refuse = (field: string, code: RegistryProblemCode, params?: Params) => void;

/** The row's building and grid, through its building_code or its address_code. */
function locate(kind: RegistryKind, v: RawRegistryRow['values'], refs: RegistryReferences, refuse: Refuse) {
  let buildingCode: string | undefined;
  if (kind === 'residents' || kind === 'addresses') {
    buildingCode = v.building_code;
    if (buildingCode !== undefined && !refs.buildings.has(buildingCode)) {
      refuse('building_code', 'registry_no_building', { code: buildingCode });
      return null;
    }
  } else {
    if (v.address_code === undefined) return null;
    buildingCode = refs.addresses.get(v.address_code);
    if (buildingCode === undefined) {
      refuse('address_code', 'registry_no_address', { code: v.address_code });
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
      if (v[field] !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v[field]!) && v[field]! > today) refuse(field, 'registry_after_today', { field, value: v[field]!, today });
    }
    if (v.id_number !== undefined) {
      const first = firstRow(`id_number:${v.id_number.toUpperCase()}`, row);
      if (first !== undefined) refuse('id_number', 'registry_repeats', { field: 'id_number', first });
    }
    if (v.house_code !== undefined) {
      const houseBuilding = refs.houses.get(v.house_code);
      if (houseBuilding === undefined) refuse('house_code', 'registry_no_house', { code: v.house_code });
      else if (buildingCode !== undefined && houseBuilding !== buildingCode) refuse('house_code', 'registry_house_elsewhere', { code: v.house_code, building: buildingCode });
    }
  }
  if (kind === 'houses' && v.address_code !== undefined && v.number !== undefined) {
    const first = firstRow(`house:${v.address_code}|${v.number}`, row);
    if (first !== undefined) refuse('number', 'registry_house_repeats', { number: v.number, address: v.address_code, first });
  }
}
