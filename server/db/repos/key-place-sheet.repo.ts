/** The key places (巡逻必到点) as the printed QR sheet names them: name, and where (street, community, grid). */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { communities, grids, keyPlaces, streets } from '../schema';

export interface SheetPlace {
  code: string;
  name: string;
  address: string;
}

/** Every key place, by street, community and name. */
export async function listKeyPlacesForSheet(db: Db): Promise<SheetPlace[]> {
  const k = keyPlaces;
  return queryRows<SheetPlace>(
    db,
    sql`SELECT ${k.code}, ${k.name}, concat_ws(' ', ${streets.name}, ${communities.name}, ${grids.name}) AS address
      FROM ${k} LEFT JOIN ${grids} ON ${grids.code} = ${k.gridCode}
      LEFT JOIN ${communities} ON ${communities.code} = ${grids.communityCode} LEFT JOIN ${streets} ON ${streets.code} = ${grids.streetCode}
      ORDER BY ${streets.name} NULLS LAST, ${communities.name} NULLS LAST, ${k.name}, ${k.code}`,
  );
}
