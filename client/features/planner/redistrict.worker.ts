import { runRedistrictJob, type RedistrictMessage, type RedistrictRequest } from './redistrict-job';

// The redistricting runs here, off the page's thread, so the map and the progress bar stay live; the page cancels
// a run by terminating the worker. Started with new Worker(new URL('./redistrict.worker.ts', import.meta.url)).
const scope = self as unknown as { onmessage: ((e: MessageEvent<RedistrictRequest>) => void) | null; postMessage(m: RedistrictMessage): void };

scope.onmessage = (e) => runRedistrictJob(e.data, (m) => scope.postMessage(m));
