/** A write-ahead-log position ('16/B374D848', as pg_current_wal_lsn() prints it) as a byte offset. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: "${text}"`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** Where the primary's log stood at one probe. */
export interface PrimarySample {
  atMs: number;
  lsn: bigint;
}

const maxSamples = 512;

export interface ReplicaLag {
  lagBytes: number;
  lagSeconds: number;
  /** The samples still worth keeping: those the replica has not reached, and the latest. */
  samples: PrimarySample[];
}

/**
 * How far the replica is behind, from the primary's log positions seen at earlier probes (oldest first) and the
 * position the replica has replayed. The seconds are those since the primary first stood at a position the replica
 * has not reached yet: `now() - pg_last_xact_replay_timestamp()` alone would call a current replica of an idle
 * primary hours behind. Samples come every probe, so the seconds undercount by at most one probe interval.
 * Does not mutate `samples`.
 */
export function measureReplicaLag(samples: readonly PrimarySample[], replayLsn: bigint, nowMs: number): ReplicaLag {
  const latest = samples.at(-1);
  if (!latest || replayLsn >= latest.lsn) return { lagBytes: 0, lagSeconds: 0, samples: latest ? [latest] : [] };
  const unreached = samples.filter((s) => s.lsn > replayLsn);
  // A replica stuck for hours would grow the list by one a probe; the oldest sample is the one that counts.
  const kept = unreached.length > maxSamples ? [unreached[0], ...unreached.slice(-(maxSamples - 1))] : unreached;
  return {
    lagBytes: Number(latest.lsn - replayLsn),
    lagSeconds: Math.max(0, (nowMs - unreached[0].atMs) / 1000),
    samples: kept,
  };
}
