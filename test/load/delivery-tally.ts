/** How many of the acknowledged writes each stream received (issue 15: "for every stream how many … it received"). */
export interface DeliveryTally {
  acknowledged: number;
  streams: number;
  /** Per stream, in the order given. */
  received: number[];
  min: number;
  median: number;
  max: number;
  /** Streams that received every acknowledged incident. */
  complete: number;
  /** Per stream that missed any, its index and up to five of the ids it missed. */
  missed: { stream: number; count: number; examples: number[] }[];
}

/** Counts, per stream, the acknowledged ids it saw; ids a stream saw that nobody acknowledged are not counted. */
export function tallyDelivery(acknowledged: ReadonlySet<number>, streams: readonly ReadonlySet<number>[]): DeliveryTally {
  const received = streams.map((seen) => {
    let n = 0;
    for (const id of acknowledged) if (seen.has(id)) n++;
    return n;
  });
  const sorted = [...received].sort((a, b) => a - b);
  const missed = streams.flatMap((seen, stream) => {
    const count = acknowledged.size - received[stream];
    if (count === 0) return [];
    const examples: number[] = [];
    for (const id of acknowledged) {
      if (!seen.has(id)) examples.push(id);
      if (examples.length === 5) break;
    }
    return [{ stream, count, examples }];
  });
  return {
    acknowledged: acknowledged.size,
    streams: streams.length,
    received,
    min: sorted[0] ?? 0,
    median: sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)],
    max: sorted.at(-1) ?? 0,
    complete: received.filter((n) => n === acknowledged.size).length,
    missed,
  };
}
