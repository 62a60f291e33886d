import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError } from '../db/describe-error';
import { openDatabase } from '../db/engine';
import { addMonths, formatMonth, parseMonth } from '../db/partition-months';
import { EnvError, readEnv } from '../env';
import { AuditArchiveError, archiveAuditBefore } from '../services/audit-archive.service';
import { lastArchivableAuditMonth } from '../services/partition-maintenance.service';
import { runPartitionUpkeep } from '../services/partition-schedule';

const usage = '用法（usage）：npm run maintain [-- --archive-before YYYY-MM] [--dir 文件夹]   |   npm run audit:archive -- --before YYYY-MM [--dir 文件夹]';
const help = `${usage}
  npm run maintain：预建月分区，按保留期删除过期的实时事件与外勤定位，并归档超过 AUDIT_ONLINE_MONTHS 的审计月份
  （或 --archive-before 之前的月份）；建议每天由 cron 运行。npm run audit:archive 只归档 --before 之前的审计月份。
  --dir 归档文件存放的文件夹（默认 DATA_DIR/audit-archive）。`;

/**
 * `npm run maintain`: partitions ahead, live-event and field-ping retention, and archiving of the audit months past AUDIT_ONLINE_MONTHS
 * (or those before --archive-before). `npm run audit:archive -- --before YYYY-MM` archives only. Run daily from cron.
 */
async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { before: { type: 'string' }, 'archive-before': { type: 'string' }, dir: { type: 'string' }, 'audit-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new EnvError(`参数有误：${(err as Error).message}（bad arguments）\n${usage}`);
  }
  if (values.help) return console.log(help);
  const env = readEnv();
  const beforeText = values.before ?? values['archive-before'];
  const before = beforeText === undefined ? addMonths(lastArchivableAuditMonth(env.AUDIT_ONLINE_MONTHS), 1) : parseMonth(beforeText);
  if (!before) throw new EnvError(`--before "${beforeText}" 不是年月，例如 2024-01（not a month, e.g. 2024-01）\n${usage}`);
  if (values['audit-only'] && beforeText === undefined) throw new EnvError(`请给出 --before YYYY-MM（--before is required）\n${usage}`);
  const dir = resolve(values.dir ?? join(env.DATA_DIR, 'audit-archive'));
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    if (!values['audit-only']) {
      for (const note of await runPartitionUpkeep(database.db, env.LIVE_EVENTS_RETENTION_DAYS, new Date(), env.FIELD_POSITIONS_RETENTION_DAYS)) console.log(note);
    }
    const archived = await archiveAuditBefore(database.db, before, dir, env.AUDIT_ONLINE_MONTHS);
    if (archived.length === 0) console.log(`没有 ${formatMonth(before)} 之前的在线审计月份需要归档（no attached audit month before ${formatMonth(before)}）`);
    for (const a of archived) {
      console.log(`审计日志 ${formatMonth(a.month)} 已归档（archived）：${a.rows} 行 → ${a.file}（sha256 ${a.sha256}），表 ${a.table} 保留可查（kept, readable）`);
    }
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof EnvError || err instanceof AuditArchiveError ? err.message : `维护失败（maintenance failed）：${describeError(err)}`);
  process.exit(1);
});
