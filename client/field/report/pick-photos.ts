/** A picked file that could not be read as a photo: its name for the person, the browser's reason for the console. */
export interface UnreadablePick {
  name: string;
  reason: unknown;
}

/**
 * Prepares picked files as photos until `room` are kept, each file on its own: one that cannot be read as a photo (a
 * PDF, a HEIC this browser cannot decode) is named in `unreadable` and skipped, and the next picked file takes its
 * place. One bad file used to drop the whole pick, good photos too (QA: a PNG picked with a PDF). Files past the room
 * are not tried. Does not mutate `files`.
 */
export async function preparePicked<P>(
  files: readonly File[],
  room: number,
  prepare: (file: File) => Promise<P>,
): Promise<{ prepared: P[]; unreadable: UnreadablePick[] }> {
  const prepared: P[] = [];
  const unreadable: UnreadablePick[] = [];
  let next = 0;
  while (prepared.length < room && next < files.length) {
    // Prepared side by side, as many as there is room for; a failure frees its place for the next file.
    const batch = files.slice(next, next + room - prepared.length);
    next += batch.length;
    const settled = await Promise.allSettled(batch.map(prepare));
    settled.forEach((s, i) => (s.status === 'fulfilled' ? prepared.push(s.value) : unreadable.push({ name: batch[i].name, reason: s.reason })));
  }
  return { prepared, unreadable };
}
