/** Search by name (issue 11, part 6): GET /api/search. People orient by names, never by codes or coordinates. */
import { z } from 'zod';
import { ResidentSchema } from './residents';
import { rule } from './rule-messages';
import { searchTextSchema } from './search-text';

/**
 * What a result can be, in the order results of equal match rank are listed: areas first (a street or community is
 * what a person most likely means), then named places, then the registry's buildings and addresses, people last.
 */
export const searchKinds = ['street', 'community', 'key_place', 'station', 'grid', 'compound', 'address', 'building', 'person'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The place kinds a search covers when `kinds` is not given; people are searched only when asked for (or by an ID number). */
export const defaultSearchKinds: readonly SearchKind[] = searchKinds.filter((k) => k !== 'person');

// The plural forms a person writes in a URL (kinds=people,addresses) name the same kinds.
const kindAliases: Record<string, SearchKind> = {
  streets: 'street',
  communities: 'community',
  key_places: 'key_place',
  places: 'key_place',
  stations: 'station',
  grids: 'grid',
  compounds: 'compound',
  addresses: 'address',
  buildings: 'building',
  people: 'person',
  persons: 'person',
  residents: 'person',
};

/** A kind as written in `kinds`, singular or plural, to the kind. */
export function readSearchKind(text: string): SearchKind | null {
  const t = text.trim().toLowerCase();
  if ((searchKinds as readonly string[]).includes(t)) return t as SearchKind;
  return kindAliases[t] ?? null;
}

/** An 18-character resident ID number (GB 11643): a search for one is a search for people. */
export const looksLikeIdNumber = (q: string) => /^\d{17}[\dXx]$/.test(q.trim());

/** GET /api/search?q=…&kinds=…&limit=… */
export const SearchQuerySchema = z.object({
  q: searchTextSchema,
  kinds: z
    .string()
    .transform((s, ctx) => {
      const parts = s.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
      const kinds = parts.map(readSearchKind);
      const unknown = parts.filter((_, i) => kinds[i] === null);
      if (parts.length === 0 || unknown.length > 0) {
        ctx.addIssue({ code: 'custom', ...rule('search_kinds', { kinds: searchKinds }) });
        return z.NEVER;
      }
      return [...new Set(kinds as SearchKind[])];
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** How a result matched, best first. */
export const SearchMatchSchema = z.enum(['exact', 'prefix', 'words', 'context', 'pinyin']);
export type SearchMatch = z.infer<typeof SearchMatchSchema>;

/** One result: what a person reads (name, context) and where it is (EPSG:4326). */
export const SearchResultSchema = z.object({
  kind: z.enum(searchKinds),
  /** The record's code: an address code (A-C0001-B01), building code, 15-digit grid code, key place code, resident id (R000123), … */
  id: z.string(),
  /** In Chinese, as a person reads it: 星河城1栋, 梧桐梁社区, 达川区行政中心; a person's name masked. */
  name: z.string(),
  /** Where it lies: the grid of an address, community and street of a building, … */
  context: z.string(),
  /** A representative point inside it (ST_PointOnSurface), [lng, lat]. */
  lngLat: z.tuple([z.number(), z.number()]),
  /** [west, south, east, north] of what has an area (building, compound, grid, community, street); null for a point. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  match: SearchMatchSchema,
  /** The building of an address, a building or a person's home. */
  buildingCode: z.string().optional(),
  /** The grid it lies in (a grid result: its own code). */
  gridCode: z.string().optional(),
  /** A person: the record as the residents list shows it, masked. */
  person: ResidentSchema.optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchAnswerSchema = z.object({
  q: z.string(),
  results: z.array(SearchResultSchema),
  /**
   * When nothing was found for a user with a jurisdiction, why, in the request's language: which streets, communities
   * or grids of that name lie outside it (「南山社区」不在您的辖区（三里坪派出所第1警格）内), or that none lies inside.
   */
  note: z.string().optional(),
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;
