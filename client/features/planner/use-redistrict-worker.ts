import { useCallback, useEffect, useRef, useState } from 'react';
import type { RedistrictMessage, RedistrictMode, RedistrictRequest } from './redistrict-job';

export type WorkerRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; mode: RedistrictMode; withinTarget: boolean; flagged: number; redrawn: number; pieces: number; seconds: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * Runs core/redistrict in a Web Worker: `start` posts a request and calls `onResult` with the assignment (of the
 * buildings redrawn) and the mode;
 * `cancel` terminates the worker (the algorithm has no pause point; a new run starts a new worker).
 */
export function useRedistrictWorker(onResult: (assignment: Map<string, number>, mode: RedistrictMode) => void) {
  const [run, setRun] = useState<WorkerRun>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  const start = useCallback(
    (request: RedistrictRequest) => {
      stop();
      const worker = new Worker(new URL('./redistrict.worker.ts', import.meta.url), { type: 'module' });
      workerRef.current = worker;
      setRun({ status: 'running', done: 0, total: 0 });
      // The whole run often takes a fraction of a second, so the bar may never paint its last steps: the done state
      // keeps the pieces and the time taken, and the panel shows the bar full with them.
      const startedAt = performance.now();
      let pieces = 0;
      worker.onmessage = (e: MessageEvent<RedistrictMessage>) => {
        if (workerRef.current !== worker) return;
        const m = e.data;
        if (m.type === 'progress') {
          pieces = m.total;
          setRun({ status: 'running', done: m.done, total: m.total });
        }
        else {
          stop();
          if (m.type === 'error') setRun({ status: 'error', message: m.message });
          else {
            const seconds = (performance.now() - startedAt) / 1000;
            setRun({ status: 'done', mode: m.mode, withinTarget: m.withinTarget, flagged: m.flagged, redrawn: m.redrawn, pieces, seconds });
            onResultRef.current(new Map(m.assignment), m.mode);
          }
        }
      };
      worker.onerror = (e) => {
        if (workerRef.current !== worker) return;
        stop();
        setRun({ status: 'error', message: e.message || 'worker failed' });
      };
      worker.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    if (!workerRef.current) return;
    stop();
    setRun({ status: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { run, start, cancel };
}
