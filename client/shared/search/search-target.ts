import type { SearchKind, SearchResult } from '../../../core/contracts/search';
import type { MessageKey } from '../../i18n/zh-CN';

type LngLat = [number, number];

/** Where the map goes for a result, already in the base map's display frame. */
export type SearchCamera = { kind: 'point'; center: LngLat; zoom: number } | { kind: 'bounds'; bounds: [number, number, number, number] };

// A building is small: close in. A key place or station is a point: near enough to see the streets around it.
const pointZoom: Record<SearchKind, number> = {
  street: 14, community: 15, grid: 16, compound: 17, building: 17.5, address: 17.5, key_place: 17, station: 17, person: 17.5,
};
const areaKinds: ReadonlySet<SearchKind> = new Set(['street', 'community', 'grid', 'compound']);

/**
 * The camera for a search result: an area (street, community, grid, compound) with a box is fitted; anything else is
 * flown to at a zoom for its kind. `toDisplay` moves WGS-84 into the base map's frame (activeDisplayFrame().toDisplay):
 * MapLibre is handed display coordinates. Pure.
 */
export function searchCamera(result: Pick<SearchResult, 'kind' | 'lngLat' | 'bbox'>, toDisplay: (p: LngLat) => LngLat): SearchCamera {
  if (result.bbox && areaKinds.has(result.kind)) {
    const [w, s] = toDisplay([result.bbox[0], result.bbox[1]]);
    const [e, n] = toDisplay([result.bbox[2], result.bbox[3]]);
    return { kind: 'bounds', bounds: [w, s, e, n] };
  }
  return { kind: 'point', center: toDisplay(result.lngLat), zoom: pointZoom[result.kind] };
}

/** The Chinese (or English) label of a result's kind, as the list shows it beside the name. */
export const searchKindLabels: Record<SearchKind, MessageKey> = {
  street: 'searchKindStreet',
  community: 'searchKindCommunity',
  key_place: 'searchKindKeyPlace',
  station: 'searchKindStation',
  grid: 'searchKindGrid',
  compound: 'searchKindCompound',
  address: 'searchKindAddress',
  building: 'searchKindBuilding',
  person: 'searchKindPerson',
};

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether text is worth sending: 1–50 characters once trimmed, no control characters (the API answers 400 otherwise). */
export function isSearchable(text: string): boolean {
  const t = text.trim();
  return t.length >= 1 && t.length <= 50 && !controlCharacters.test(text);
}

/** The option a key moves to in a list of `count` (ArrowDown/ArrowUp wrap; -1 is none). */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}
