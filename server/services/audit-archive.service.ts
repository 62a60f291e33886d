import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db } from '../db/engine';
import { addMonths, compareMonths, formatMonth, partitionName, type YearMonth } from '../db/partition-months';
import { archiveTableName, detachAuditMonth, listMonthPartitions, readAuditPage } from '../db/repos/partitions.repo';
import { lastArchivableAuditMonth } from './partition-maintenance.service';

export interface AuditArchive {
  month: YearMonth;
  rows: number;
  /** The gzip NDJSON file; beside it `<file>.sha256` in sha256sum's format. */
  file: string;
  sha256: string;
  /** The detached table the rows can still be read from. */
  table: string;
}

/** A refusal the CLI prints as it is: Chinese first, then English. */
export class AuditArchiveError extends Error {}

const PAGE_ROWS = 5000;

/**
 * Archives one audit month: writes its rows to `<dir>/audit_log_YYYY_MM.ndjson.gz` (one JSON row a line) with a
 * sha256 beside it, and only when the file is complete detaches the month from audit_log, keeping it as the table
 * audit_log_archive_YYYY_MM. Nothing is deleted (issue 15): the rows stay in the database and in the file.
 */
export async function archiveAuditMonth(db: Db, month: YearMonth, dir: string): Promise<AuditArchive> {
  const attached = await listMonthPartitions(db, 'audit_log');
  if (!attached.some((m) => compareMonths(m, month) === 0)) {
    throw new AuditArchiveError(`审计日志没有 ${formatMonth(month)} 的在线分区（audit_log has no attached partition for ${formatMonth(month)}）`);
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${partitionName('audit_log', month)}.ndjson.gz`);
  if (existsSync(file)) throw new AuditArchiveError(`归档文件已存在，不覆盖：${file}（archive file exists, not overwritten）`);
  const { rows, sha256 } = await writeArchiveFile(db, partitionName('audit_log', month), file);
  const table = await detachAuditMonth(db, month);
  return { month, rows, file, sha256, table };
}

/** Archives every attached audit month before `before` that is older than the online window. */
export async function archiveAuditBefore(db: Db, before: YearMonth, dir: string, onlineMonths: number, now = new Date()): Promise<AuditArchive[]> {
  const latest = addMonths(lastArchivableAuditMonth(onlineMonths, now), 1);
  if (compareMonths(before, latest) > 0) {
    throw new AuditArchiveError(
      `审计日志须在线保留最近 ${onlineMonths} 个月：--before 最晚为 ${formatMonth(latest)}（audit_log keeps ${onlineMonths} months online: --before may be ${formatMonth(latest)} at the latest）`,
    );
  }
  const months = (await listMonthPartitions(db, 'audit_log')).filter((m) => compareMonths(m, before) < 0);
  const out: AuditArchive[] = [];
  for (const m of months) out.push(await archiveAuditMonth(db, m, dir));
  return out;
}

export { archiveTableName };

// Written to a .part file and renamed when complete, so a crash never leaves a file that looks finished.
async function writeArchiveFile(db: Db, tableName: string, file: string): Promise<{ rows: number; sha256: string }> {
  const partial = `${file}.part`;
  const hash = createHash('sha256');
  let rows = 0;
  async function* lines() {
    for (let afterId = 0; ; ) {
      const page = await readAuditPage(db, tableName, afterId, PAGE_ROWS);
      if (page.length === 0) return;
      rows += page.length;
      afterId = page[page.length - 1].id;
      yield page.map((r) => `${r.line}\n`).join('');
    }
  }
  const gzip = createGzip();
  gzip.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(lines(), gzip, createWriteStream(partial));
  renameSync(partial, file);
  const sha256 = hash.digest('hex');
  writeFileSync(`${file}.sha256`, `${sha256}  ${file.split('/').pop()}\n`);
  return { rows, sha256 };
}
