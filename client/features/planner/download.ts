/** Offers text as a file download through a Blob and an object URL (no server round trip), then frees the URL. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from an area and a kind: 511703001-grid-plan-20250101-0930.geojson (local time). */
export function exportFileName(areaCode: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${areaCode}-grid-plan-${stamp}.${extension}`;
}
