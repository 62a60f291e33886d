/**
 * Streets (townships) and communities (village-level committees) of 达川区 from the real NBS lists.
 * Names and codes are real; the geometry of the urban ones is filled in later from the demo mesh.
 */
import type { CommunityRow, StreetRow } from './dataset';
import type { RealInputs } from './real-inputs';

/** 达川区 in the statistical division codes. */
export const DISTRICT_CODE = '511703';

/** The six urban streets (街道) of 达川区: 三里坪, 翠屏, 明月江, 杨柳, 石板, 斌郎. */
export const URBAN_STREET_CODES = ['511703001', '511703002', '511703005', '511703006', '511703008', '511703009'];

/**
 * Builds the street and community rows (geom null). Urban communities are the 社区 of the six urban
 * streets; their villages (村) stay rural. Rows are sorted by code.
 * @throws Error when an urban street is missing from the inputs or a name has an unknown suffix.
 */
export function buildAdminUnits(inputs: RealInputs): { streets: StreetRow[]; communities: CommunityRow[] } {
  const streets = inputs.townships
    .filter((t) => t.areaCode === DISTRICT_CODE)
    .map((t): StreetRow => ({ code: t.code, name: t.name, kind: streetKind(t.name), urban: URBAN_STREET_CODES.includes(t.code), geom: null }))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const code of URBAN_STREET_CODES) {
    if (!streets.some((s) => s.code === code)) throw new Error(`buildAdminUnits: urban street ${code} missing from the township list`);
  }
  const streetCodes = new Set(streets.map((s) => s.code));
  const communities = inputs.committees
    .filter((c) => c.areaCode === DISTRICT_CODE && streetCodes.has(c.streetCode))
    .map((c): CommunityRow => {
      const kind = committeeKind(c.name);
      return {
        code: c.code,
        name: c.name,
        shortName: kind === 'community' ? c.name.replace(/居民委员会$/, '') : c.name.replace(/民委员会$/, ''),
        streetCode: c.streetCode,
        kind,
        urban: kind === 'community' && URBAN_STREET_CODES.includes(c.streetCode),
        geom: null,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { streets, communities };
}

function streetKind(name: string): StreetRow['kind'] {
  if (name.endsWith('街道')) return 'street';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡')) return 'township';
  throw new Error(`streetKind: cannot tell the kind of "${name}"`);
}

function committeeKind(name: string): CommunityRow['kind'] {
  if (name.endsWith('社区居民委员会')) return 'community';
  if (name.endsWith('村民委员会')) return 'village';
  throw new Error(`committeeKind: cannot tell the kind of "${name}"`);
}
