import type { PatrolAdherenceView, StopAdherenceView } from '../../../core/contracts/dosage';
import { localFields, MINUTE_MS } from '../../../core/time';
import type { Translate } from '../../i18n/messages';
import { describeRole } from '../../shared/describe-user';

/** One stop of a patrol as the 执行情况 table shows it: its name, status, and a line of when and how long. */
export interface AdherenceStopCell {
  name: string;
  status: StopAdherenceView['status'];
  statusText: string;
  detail: string;
}

/** One patrol as a row of the 执行情况 table. Counts are the server's; only wording and local times are made here. */
export interface AdherenceRow {
  id: string;
  who: string;
  role: string;
  routeName: string;
  /** Local date and times: '3月2日 07:58–09:28' ('进行中' while open). */
  when: string;
  startedAt: string;
  reached: number;
  planned: number;
  onTime: number;
  skipped: number;
  stops: AdherenceStopCell[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/**
 * 'HH:MM' in the district's local time (Asia/Shanghai), whatever the browser's zone, to the nearest minute — as the
 * route's stop list rounds its planned times (formatTimeOfDay), so the two read alike.
 */
export const localHhmm = (iso: string) => {
  const f = localFields(Math.round(Date.parse(iso) / MINUTE_MS) * MINUTE_MS);
  return `${pad(f.hour)}:${pad(f.minute)}`;
};

const statusKeys = { on_time: 'adherenceOnTime', early: 'adherenceEarly', late: 'adherenceLate', skipped: 'adherenceSkipped' } as const;

function stopCell(s: StopAdherenceView, t: Translate): AdherenceStopCell {
  const planned = t('adherencePlanned', { from: localHhmm(s.plannedArrival), to: localHhmm(s.plannedDeparture) });
  const parts = [planned];
  if (s.arrivedAt) parts.push(t(s.evidence === 'check_in' ? 'adherenceArrivedCheckIn' : 'adherenceArrived', { time: localHhmm(s.arrivedAt) }));
  if (s.dwellMin !== null) parts.push(t('adherenceDwell', { min: Math.round(s.dwellMin) }));
  return { name: s.name, status: s.status, statusText: t(statusKeys[s.status]), detail: parts.join(' · ') };
}

/** The rows of the 执行情况 table, in the server's order (newest first). */
export function toAdherenceRows(patrols: readonly PatrolAdherenceView[], t: Translate): AdherenceRow[] {
  return patrols.map((p) => {
    const start = localFields(Date.parse(p.startedAt));
    const end = p.endedAt ? localHhmm(p.endedAt) : t('adherenceOpen');
    return {
      id: p.id,
      who: p.unitName,
      role: p.role ? describeRole(p.role, t) : '',
      routeName: p.routeName,
      when: t('adherenceWhen', { month: start.month, day: start.day, from: localHhmm(p.startedAt), to: end }),
      startedAt: p.startedAt,
      reached: p.reached,
      planned: p.planned,
      onTime: p.onTime,
      skipped: p.skipped,
      stops: p.stops.map((s) => stopCell(s, t)),
    };
  });
}
