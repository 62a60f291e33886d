import type { Db } from '../db/engine';
import { describeError } from '../db/describe-error';
import { formatMonth } from '../db/partition-months';
import { deleteExpiredPings } from '../db/repos/field-pings.repo';
import { dropExpiredLiveEvents, ensurePartitionsAhead } from './partition-maintenance.service';

const DAY_MS = 86_400_000;

/**
 * One round of upkeep every API process may run: months ahead made, expired live-event months dropped, and the field
 * app's GPS pings older than `pingRetentionDays` deleted (issue 16; FIELD_POSITIONS_RETENTION_DAYS) when it is given.
 */
export async function runPartitionUpkeep(db: Db, retentionDays: number, now = new Date(), pingRetentionDays?: number): Promise<string[]> {
  const notes: string[] = [];
  for (const e of await ensurePartitionsAhead(db, now)) {
    if (e.created.length > 0) notes.push(`${e.table}: 新建月分区（partitions made）${e.created.map(formatMonth).join(', ')}${e.movedRows ? `，移出默认分区 ${e.movedRows} 行（rows moved out of default）` : ''}`);
  }
  const retention = await dropExpiredLiveEvents(db, retentionDays, now);
  if (retention.dropped.length > 0) notes.push(`live_events: 删除过期月分区（expired months dropped）${retention.dropped.map(formatMonth).join(', ')}`);
  if (retention.expiredInDefault > 0) notes.push(`live_events: 默认分区中有 ${retention.expiredInDefault} 条过期事件，按分区保留策略不逐行删除（expired rows in the default partition, kept: retention drops whole months only）`);
  if (pingRetentionDays !== undefined) {
    const deleted = await deleteExpiredPings(db, pingRetentionDays, now);
    if (deleted > 0) notes.push(`field_pings: 删除 ${pingRetentionDays} 天前的定位 ${deleted} 条（pings older than ${pingRetentionDays} days deleted）`);
  }
  return notes;
}

/**
 * Runs the upkeep now and then daily. Several API processes may do so at once: a month another process has just made
 * fails here with "already exists", which is logged and left to the next round, never fatal.
 */
export function startPartitionUpkeep(db: Db, retentionDays: number, log: (line: string) => void = console.log, pingRetentionDays?: number): () => void {
  const round = () =>
    runPartitionUpkeep(db, retentionDays, new Date(), pingRetentionDays)
      .then((notes) => notes.forEach((n) => log(`partitions: ${n}`)))
      .catch((err) => log(`partitions: 分区维护未完成，明天重试（upkeep failed, retried tomorrow）: ${describeError(err)}`));
  void round();
  const timer = setInterval(round, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
