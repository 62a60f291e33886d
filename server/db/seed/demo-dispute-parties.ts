import { sql } from 'drizzle-orm';
import type { DisputeType } from '../../../data/generate/dataset';
import { chooseDemoParties, isAdultOn, type PartyCandidate } from '../../../data/generate/dispute-parties';
import { queryRows, type Db } from '../engine';

/**
 * Demo only: names the parties of the demo disputes after the demo residents are in (data/generate/dispute-parties.ts
 * says who), from the adults of the two buildings with residents nearest each dispute. Run before the disputes are
 * scored: the "same parties" rule reads them.
 */
export async function deriveDemoDisputeParties(t: Db, seed: string, anchorMs: number): Promise<void> {
  const disputes = await queryRows<{ code: string; type: DisputeType; buildings: string[] | null }>(
    t,
    sql`SELECT d.code, d.type, (SELECT array_agg(x.code ORDER BY x.dist, x.code) FROM (
          SELECT b.code, b.geom <-> d.geom AS dist FROM buildings b
          WHERE EXISTS (SELECT 1 FROM residents r WHERE r.building_code = b.code AND r.moved_out_on IS NULL)
          ORDER BY b.geom <-> d.geom, b.code LIMIT 2) x) AS buildings
        FROM disputes d WHERE d.is_demo ORDER BY d.code`,
  );
  const buildingCodes = [...new Set(disputes.flatMap((d) => d.buildings ?? []))];
  if (buildingCodes.length === 0) return;
  const residents = await queryRows<{ id: string; name: string; id_number: string; phone: string | null; house_code: string | null; building_code: string }>(
    t,
    sql`SELECT id, name, id_number, phone, house_code, building_code FROM residents
        WHERE moved_out_on IS NULL AND building_code IN (${sql.join(buildingCodes.map((c) => sql`${c}`), sql`, `)}) ORDER BY id`,
  );
  const adultsOf = new Map<string, PartyCandidate[]>();
  for (const r of residents) {
    if (!isAdultOn(r.id_number, anchorMs)) continue;
    const list = adultsOf.get(r.building_code) ?? [];
    list.push({ id: r.id, name: r.name, idNumber: r.id_number, phone: r.phone, houseCode: r.house_code, buildingCode: r.building_code });
    adultsOf.set(r.building_code, list);
  }
  const parties = disputes.map((d) => {
    const [nearest, next] = (d.buildings ?? []).map((b) => adultsOf.get(b) ?? []);
    return { code: d.code, parties: chooseDemoParties(seed, d, nearest ?? [], next ?? []) };
  });
  await t.execute(sql`UPDATE disputes d SET parties = x.parties
    FROM jsonb_to_recordset(${JSON.stringify(parties)}::jsonb) AS x(code text, parties jsonb) WHERE d.code = x.code`);
}
