/**
 * The field part of `npm run simulate` (issue 16, item 4): the demo officers (officer01, officer02, …) walk the route
 * on their 今日 and the demo grid workers (worker001, …) their buildings, in real time, each logged in and speaking to
 * the field API as a phone does (field-sim/field-unit.ts), so it runs the same against the embedded database and
 * PostgreSQL, and the wall's dosage moves as it would with phones. Stops on `signal`, ending every unit's patrol.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FieldToday } from '../../core/contracts/field';
import { endOpenPatrols, FieldUnit, planUnit, tickS } from './field-sim/field-unit';
import { logInUnit, refusalOf, type Fetcher, type UnitSession } from './field-sim/unit-session';

/** The demo accounts of `count` officers and as many grid workers (demo-accounts.ts names them so). */
export function demoFieldUsernames(count: number): { police: string[]; grid: string[] } {
  const police = Array.from({ length: count }, (_, i) => `officer${String(i + 1).padStart(2, '0')}`);
  const grid = Array.from({ length: count }, (_, i) => `worker${String(i + 1).padStart(3, '0')}`);
  return { police, grid };
}

/** Logs the accounts in, in order, until one is refused (the demo has fewer): the sessions. */
async function logInAll(fetcher: Fetcher, usernames: string[], password: string, log: (line: string) => void): Promise<UnitSession[]> {
  const sessions: UnitSession[] = [];
  for (const username of usernames) {
    const s = await logInUnit(fetcher, username, password);
    if ('refused' in s) {
      log(`simulate: 演示账号 ${username} 登录未成（login refused: ${s.refused}），巡逻模拟只用前 ${sessions.length} 个`);
      break;
    }
    sessions.push(s);
  }
  return sessions;
}

/** Starts one unit for the session: its open patrols ended, its stops from 今日. Null (said) when it cannot. */
export async function startUnit(session: UnitSession, nowMs: number, log: (line: string) => void, random: () => number = Math.random): Promise<FieldUnit | null> {
  await endOpenPatrols(session, nowMs);
  const today = await session.get<FieldToday>('/api/field/today');
  if (today.status !== 200) {
    log(`simulate: ${session.username} 今日工作未取到（/api/field/today: ${refusalOf(today)}）`);
    return null;
  }
  const plan = planUnit(today.body, session.role === 'grid_worker' ? 'grid' : 'police');
  const unit = await FieldUnit.start(session, plan, nowMs, random);
  if ('refused' in unit) {
    log(`simulate: ${session.username} 未能开始巡逻（patrol not started: ${unit.refused}）`);
    return null;
  }
  return unit;
}

/** Walks `count` officers and `count` grid workers until `signal` aborts; then ends their patrols. */
export async function simulateField(fetcher: Fetcher, password: string, count: number, signal: AbortSignal, log: (line: string) => void = console.log): Promise<void> {
  const names = demoFieldUsernames(count);
  const sessions = [...(await logInAll(fetcher, names.police, password, log)), ...(await logInAll(fetcher, names.grid, password, log))];
  const units: FieldUnit[] = [];
  for (const s of sessions) {
    const unit = await startUnit(s, Date.now(), log);
    if (unit) units.push(unit);
  }
  const police = units.filter((u) => u.session.role !== 'grid_worker');
  const onRoute = police.filter((u) => u.plan.routeId).length;
  log(`巡逻模拟：${police.length} 名民警（${onRoute} 名按今日路线）、${units.length - police.length} 名网格员上路，Ctrl-C 结束（field simulation started）`);
  while (!signal.aborted) {
    const now = Date.now();
    for (const u of units) await u.step(now, log);
    // Rejects (AbortError) when Ctrl-C or --minutes cuts the wait short: the loop then ends.
    await sleep(tickS * 1000, undefined, { signal }).catch(() => {});
  }
  const end = Date.now();
  for (const u of units) await u.end(end);
  const sent = units.reduce((a, u) => ({ pings: a.pings + u.sent.pings, checkIns: a.checkIns + u.sent.checkIns }), { pings: 0, checkIns: 0 });
  log(`巡逻模拟结束：${units.length} 个单位的巡逻已结束，共上传定位 ${sent.pings} 条、签到 ${sent.checkIns} 次（field simulation ended）`);
}
