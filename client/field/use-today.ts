import { useEffect, useState } from 'react';
import type { FieldToday } from '../../core/contracts/field';
import { getFieldToday } from '../api/field-endpoints';

const todayKey = 'jingwang-field-today';

export type TodayState =
  | { status: 'loading' }
  | { status: 'ready'; today: FieldToday; copiedAt: string | null } // copiedAt: shown from the phone's copy, offline
  | { status: 'error'; message: string };

function rememberedToday(): { today: FieldToday; at: string } | null {
  try {
    return JSON.parse(localStorage.getItem(todayKey) ?? 'null') as { today: FieldToday; at: string } | null;
  } catch {
    return null;
  }
}

/** Today's work from GET /api/field/today, kept on the phone so the list is there offline (marked as a copy). */
export function useToday(userKey: string): TodayState {
  const [state, setState] = useState<TodayState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getFieldToday(controller.signal).then(
      (today) => {
        localStorage.setItem(todayKey, JSON.stringify({ today, at: new Date().toISOString(), user: userKey }));
        setState({ status: 'ready', today, copiedAt: null });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const copy = rememberedToday();
        if (copy && (copy as { user?: string }).user === userKey) setState({ status: 'ready', today: copy.today, copiedAt: copy.at });
        else setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => controller.abort();
  }, [userKey]);
  return state;
}
