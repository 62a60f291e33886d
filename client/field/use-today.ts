import { useEffect, useState } from 'react';
import type { FieldToday } from '../../core/contracts/field';
import { getFieldToday } from '../api/field-endpoints';
import { keepTodayCopy, readTodayCopy } from './today-copy';

export type TodayState =
  | { status: 'loading' }
  | { status: 'ready'; today: FieldToday; copiedAt: string | null } // copiedAt: shown from the phone's copy, offline
  | { status: 'error'; message: string };

/**
 * Today's work from GET /api/field/today, kept on the phone (IndexedDB, with the key places whose QR codes may be
 * scanned) so the list — and the names of places checked in at offline — are there without a network. Read again
 * whenever `reloadKey` changes (a write that changes the day reached the server), showing the last answer meanwhile.
 */
export function useToday(userKey: string, reloadKey = 0): TodayState {
  const [state, setState] = useState<TodayState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getFieldToday(controller.signal).then(
      (today) => {
        void keepTodayCopy(userKey, today);
        setState({ status: 'ready', today, copiedAt: null });
      },
      async (err: unknown) => {
        if (controller.signal.aborted) return;
        const copy = await readTodayCopy(userKey);
        if (controller.signal.aborted) return;
        if (copy) setState({ status: 'ready', today: copy.today, copiedAt: copy.at });
        else setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => controller.abort();
  }, [userKey, reloadKey]);
  return state;
}
