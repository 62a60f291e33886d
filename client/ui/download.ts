/** Offers bytes as a file download through a Blob and an object URL (no second request), then frees the URL. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

/** Offers text as a file download of the given MIME type, with no server round trip. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
