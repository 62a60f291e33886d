import type { search as zh } from '../zh-CN/search';

/** Interface strings in English: search by name, on every map view and in the registers. The type asks for exactly the Chinese keys. */
export const search: Record<keyof typeof zh, string> = {
  searchLabel: 'Search addresses, buildings, grids, key places',
  searchPlaceholder: 'Name or pinyin initials of a place',
  searchResults: 'Search results',
  searchSearching: 'Searching…',
  searchNone: 'Nothing found for “{q}”',
  searchFailed: 'Search failed: {message}',
  searchKindStreet: 'Street',
  searchKindCommunity: 'Community',
  searchKindKeyPlace: 'Key place',
  searchKindStation: 'Police station',
  searchKindGrid: 'Grid',
  searchKindCompound: 'Compound',
  searchKindAddress: 'Standard address',
  searchKindBuilding: 'Building',
  searchKindPerson: 'Person',
  dspPlaceSearch: 'Address or building',
  dspPlaceSearchHint: 'Type part of a compound, building or address and pick it from the list',
  dspPlaceChosen: 'Chosen: {name} ({context})',
  residentsGridSearch: 'Grid',
  residentsGridSearchHint: 'Type a grid’s name or code',
  residentsGridAny: 'All grids',
  residentsGridClear: 'Clear the grid',
  analysisPlaceUnnamed: '(no standard address within 300 m)',
  analysisTipNear: 'At: {place}',
};
