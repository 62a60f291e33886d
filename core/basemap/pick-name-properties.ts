import type { OsmTags } from './types';

/**
 * The label properties of an OSM element: `name` is `name:zh` when the element has one, otherwise `name` (so a
 * Chinese map labels in Chinese where the data allows, and a foreign extract still shows its local names);
 * `name:zh` is kept as well when present, for styles that want it. Blank values count as absent. Pure.
 */
export function pickNameProperties(tags: OsmTags | undefined): { name?: string; 'name:zh'?: string } {
  const zh = tags?.['name:zh']?.trim();
  const local = tags?.name?.trim();
  const name = zh || local;
  return { ...(name ? { name } : {}), ...(zh ? { 'name:zh': zh } : {}) };
}
