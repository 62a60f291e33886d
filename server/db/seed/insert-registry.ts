import type { DemoDataset } from '../../../data/generate/dataset';
import { generateRegistry, type DemoRegistry } from '../../../data/generate/registry';
import type { ResidentRow } from '../../../data/generate/residents';
import type { Db } from '../engine';
import { insertJsonRows, type JsonColumn } from './insert-json-rows';
import { demoSeedAuthor } from '../repos/author-name-sql';

const col = (name: string, type: JsonColumn['type']): JsonColumn => ({ name, type });

/**
 * Generates and writes the 一标三实 demo registers (addresses, houses, organisations, open collection tasks) inside
 * the seed's transaction, after the buildings and people are in; answers them, so that the residents are written
 * with their house and verification date (an UPDATE of 250,000 rows afterwards costs PGlite ~20 s). Rows are is_demo.
 */
export async function insertRegistry(t: Db, d: DemoDataset, residents: readonly ResidentRow[]): Promise<DemoRegistry> {
  const reg = generateRegistry(d, residents);
  await insertJsonRows(t, 'addresses', [col('code', 'text'), col('building_code', 'text'), col('label', 'text'), col('verified_at', 'timestamptz'), col('is_demo', 'bool')],
    reg.addresses.map((a) => ({ code: a.code, building_code: a.buildingCode, label: a.label, verified_at: a.verifiedAt, is_demo: true })));
  await insertJsonRows(
    t, 'houses',
    [col('code', 'text'), col('address_code', 'text'), col('building_code', 'text'), col('number', 'text'), col('use', 'text'), col('rental_start', 'date'), col('rental_end', 'date'), col('verified_at', 'timestamptz'), col('is_demo', 'bool')],
    reg.houses.map((h) => ({ code: h.code, address_code: h.addressCode, building_code: h.buildingCode, number: h.number, use: h.use, rental_start: h.rentalStart, rental_end: h.rentalEnd, verified_at: h.verifiedAt, is_demo: true })),
    20000,
  );
  await insertJsonRows(
    t, 'organisations',
    [col('code', 'text'), col('name', 'text'), col('kind', 'text'), col('address_code', 'text'), col('building_code', 'text'), col('contact', 'text'), col('verified_at', 'timestamptz'), col('is_demo', 'bool')],
    reg.organisations.map((o) => ({ code: o.code, name: o.name, kind: o.kind, address_code: o.addressCode, building_code: o.buildingCode, contact: o.contact, verified_at: o.verifiedAt, is_demo: true })),
  );
  await insertJsonRows(
    t, 'collection_tasks',
    [col('id', 'uuid'), col('grid_code', 'text'), col('building_code', 'text'), col('assignee', 'text'), col('note', 'text'), col('due_on', 'date'), col('status', 'text'), col('created_by', 'text'), col('created_at', 'timestamptz'), col('is_demo', 'bool')],
    reg.tasks.map((k) => ({ id: k.id, grid_code: k.gridCode, building_code: k.buildingCode, assignee: k.assignee, note: k.note, due_on: k.dueOn, status: 'open', created_by: demoSeedAuthor, created_at: k.createdAt, is_demo: true })),
  );
  return reg;
}
