import type { Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';

/**
 * The text a deck.gl layer list will draw on canvas: every TextLayer's getText over its data. Canvas text is
 * drawn with whatever font is loaded at that moment, so the page loads the shipped font for exactly this text
 * first (client/app/shipped-font.ts).
 */
export function textOfLayers(layers: readonly Layer[]): string {
  let text = '';
  for (const layer of layers) {
    const props = layer.props as unknown as { getText?: unknown; data?: unknown; characterSet?: unknown };
    if (props.getText === undefined) continue;
    if (Array.isArray(props.characterSet)) text += props.characterSet.join('');
    else if (typeof props.characterSet === 'string' && props.characterSet !== 'auto') text += props.characterSet;
    const data = props.data;
    if (!Array.isArray(data)) continue;
    data.forEach((d, index) => {
      const t = typeof props.getText === 'function' ? (props.getText as (d: unknown, i: unknown) => unknown)(d, { index, data, target: [] }) : props.getText;
      if (typeof t === 'string') text += t;
    });
  }
  return text;
}

/**
 * The label text of a MapLibre style: every string property of its inline GeoJSON sources (the base map drawn
 * from our own data), and whether it labels from tiled sources whose text is known only once tiles are decoded.
 * Only a symbol layer's own source counts: the offline base map's building tiles are footprints, and counting them
 * loaded all 200 subsets of the font (5 MB of WOFF2, 6 s in a software-rendered browser) before the first map was drawn.
 */
export function textOfStyle(style: StyleSpecification | string): { text: string; unknownText: boolean } {
  if (typeof style === 'string') return { text: '', unknownText: true };
  let text = '';
  let unknownText = false;
  const labelled = new Set(style.layers.flatMap((l) => (l.type === 'symbol' ? [l.source] : [])));
  for (const [name, source] of Object.entries(style.sources)) {
    if (source.type === 'vector' && labelled.has(name)) unknownText = true;
    if (source.type !== 'geojson' || typeof source.data !== 'object') continue;
    const data = source.data as { features?: { properties?: Record<string, unknown> | null }[]; properties?: Record<string, unknown> | null };
    for (const f of data.features ?? [data]) {
      for (const v of Object.values(f.properties ?? {})) if (typeof v === 'string') text += v;
    }
  }
  return { text, unknownText };
}

/** Every string inside a plain value (an ECharts option, say): the text a canvas chart will draw. */
export function textOfValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value;
  if (depth > 12 || value === null || typeof value !== 'object') return '';
  let text = '';
  for (const v of Array.isArray(value) ? value : Object.values(value)) text += textOfValue(v, depth + 1);
  return text;
}
