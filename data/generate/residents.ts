/**
 * The register of actual residents (实有人口) for the demo buildings: invented people with names,
 * ID numbers, phones and house numbers — personal data in form, demo data in fact.
 */
import type { BuildingRow } from './dataset';
import { createNameSource } from './demo-names';
import { createRng, type Rng } from './prng';

export interface ResidentRow {
  id: string; // R000001…
  name: string;
  idNumber: string; // 18 characters, GB 11643 check digit
  phone: string | null; // children have none
  buildingCode: string;
  gridCode: string;
  houseNumber: string; // 2单元1203室
  kind: 'registered' | 'floating';
  movedInOn: string; // ISO date
  movedOutOn: string | null;
}

// Registered residents are mostly born here; floating ones come from elsewhere in Sichuan and Chongqing.
const LOCAL_REGIONS = ['511703'];
const OTHER_REGIONS = ['511702', '511722', '511723', '511724', '511725', '511781', '510107', '500101', '511302', '511902'];
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** GB 11643-1999 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CHECK_WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function idNumber(rng: Rng, region: string, birthMs: number): string {
  const birth = isoDate(birthMs).replaceAll('-', '');
  const first17 = region + birth + String(rng.int(0, 999)).padStart(3, '0');
  return first17 + idCheckCharacter(first17);
}

/**
 * One row per resident counted in the buildings (sum of BuildingRow.residents), spread over each
 * building's households and flats. Deterministic for (buildings, seed, anchor); does not mutate input.
 */
export function generateResidents(buildings: readonly BuildingRow[], seed: string, anchor: Date): ResidentRow[] {
  const rng = createRng(seed, 'residents');
  const names = createNameSource(createRng(seed, 'resident-names'));
  const day = 86_400_000;
  const now = anchor.getTime();
  const rows: ResidentRow[] = [];
  for (const b of buildings) {
    const flatsPerFloor = 2;
    const perUnit = Math.max(1, b.floors * flatsPerFloor);
    for (let h = 0; h < b.households; h++) {
      const unit = Math.floor(h / perUnit) + 1;
      const floor = Math.floor((h % perUnit) / flatsPerFloor) + 1;
      const house = `${unit}单元${floor}${String((h % flatsPerFloor) + 1).padStart(2, '0')}室`;
      // Residents are dealt round the households so each household gets its share of the building's count.
      const size = Math.floor(b.residents / b.households) + (h < b.residents % b.households ? 1 : 0);
      const floating = rng.chance(0.22);
      const surname = names.personName().slice(0, 1);
      for (let p = 0; p < size; p++) {
        const child = p >= 2 && rng.chance(0.7);
        const age = child ? rng.int(0, 17) : rng.int(19, 86);
        const birthMs = now - age * 365.25 * day - rng.int(0, 364) * day;
        const region = floating ? rng.pick(OTHER_REGIONS) : rng.chance(0.85) ? LOCAL_REGIONS[0] : rng.pick(OTHER_REGIONS);
        const stayedDays = floating ? rng.int(10, 3 * 365) : rng.int(200, 25 * 365);
        rows.push({
          id: `R${String(rows.length + 1).padStart(6, '0')}`,
          name: p < 2 || rng.chance(0.5) ? surname + names.personName().slice(1) : names.personName(),
          idNumber: idNumber(rng, region, birthMs),
          phone: age >= 16 ? names.phone() : null,
          buildingCode: b.code,
          gridCode: b.gridCode,
          houseNumber: house,
          kind: floating ? 'floating' : 'registered',
          movedInOn: isoDate(now - stayedDays * day),
          movedOutOn: floating && rng.chance(0.04) ? isoDate(now - rng.int(1, 60) * day) : null,
        });
      }
    }
  }
  return rows;
}
