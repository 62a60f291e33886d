/** A file name from an area and a kind: 511703001-grid-plan-20250101-0930.geojson (local time). */
export function exportFileName(areaCode: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${areaCode}-grid-plan-${stamp}.${extension}`;
}
