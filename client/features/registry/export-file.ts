export function exportMimeType(format: 'csv' | 'geojson'): string {
  return format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
}

/** How many records an exported file holds: CSV lines after the header (quoted line breaks respected), or GeoJSON features. */
export function countExportedRecords(format: 'csv' | 'geojson', text: string): number {
  if (format === 'geojson') {
    const parsed = JSON.parse(text) as { features?: unknown[] };
    return parsed.features?.length ?? 0;
  }
  let lines = 0;
  let quoted = false;
  let content = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    if (ch === '\n' && !quoted) {
      if (content) lines++;
      content = false;
    } else if (ch !== '\r') content = true;
  }
  if (content) lines++;
  return Math.max(0, lines - 1);
}
