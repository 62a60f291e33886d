import cluster, { type Worker } from 'node:cluster';

/**
 * The primary of WORKERS=N (issue 15): forks N API processes that share the port (the primary accepts connections
 * and hands them round-robin to the workers) and forks a new one when one dies, waiting longer after each quick
 * death so that a worker that cannot start does not spin. Node's cluster rather than nginx in front: one command
 * starts it all, with nothing else to install or keep in step; nginx remains the choice for several machines.
 */
export function runWorkers(count: number): void {
  let stopping = false;
  let quickDeaths = 0;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  cluster.on('exit', (worker, code, signal) => {
    const livedMs = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    // A worker that ran a while died of something passing: replace it at once; one that dies starting waits.
    quickDeaths = livedMs < 10_000 ? quickDeaths + 1 : 0;
    const delayMs = quickDeaths === 0 ? 0 : Math.min(30_000, 500 * 2 ** (quickDeaths - 1));
    console.error(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another in ${delayMs} ms`);
    setTimeout(() => !stopping && fork(), delayMs);
  });

  // A worker's news for the others (a switched base map): the primary only passes it on.
  cluster.on('message', (from, message: unknown) => {
    if (!isPeerMessage(message)) return;
    for (const worker of startedAt.keys()) if (worker !== from) worker.send(message);
  });

  const stop = () => {
    stopping = true;
    if (startedAt.size === 0) process.exit(0);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (let i = 0; i < count; i++) fork();
}

/** What one worker tells the others through the primary. */
export interface PeerMessage {
  type: 'basemap';
  settings: unknown;
}

export function isPeerMessage(m: unknown): m is PeerMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'basemap';
}
