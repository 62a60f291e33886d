import type { LiveEvent, LiveIncidentEvent, LivePlanEvent } from '../../core/contracts/live';
import { reconnectDelayMs } from './backoff';

export type LiveState = 'live' | 'reconnecting';

export interface LiveHandlers {
  onEvent(event: LiveIncidentEvent): void;
  /** A grid plan was published: grids, beats and their figures changed. */
  onPlan?(event: LivePlanEvent): void;
  onState(state: LiveState): void;
  /** The stream is open again after a break: refresh what events do not carry (aggregates). */
  onReconnected(): void;
}

/**
 * GET /api/live as an EventSource that keeps going for days. EventSource retries by itself (the server asks
 * for 2 s) and resends Last-Event-ID; when it gives up (readyState CLOSED: an error status, a server down
 * long enough), a new one is opened with back-off 1 → 30 s and ?since= the last id seen, so nothing is missed.
 * Events are delivered once, in id order: a replayed id already seen is dropped.
 */
export class LiveConnection {
  private source: EventSource | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private everOpened = false;
  private broken = false;
  private stopped = false;
  lastEventId: number | null = null;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveHandlers,
  ) {}

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }

  private open() {
    const url = this.lastEventId === null ? this.url : `${this.url}?since=${this.lastEventId}`;
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.handlers.onState('live');
      if (this.everOpened && this.broken) this.handlers.onReconnected();
      this.everOpened = true;
      this.broken = false;
    };
    source.onerror = () => {
      this.broken = true;
      this.handlers.onState('reconnecting');
      if (source.readyState !== EventSource.CLOSED || this.stopped) return; // EventSource retries by itself
      source.close();
      this.timer = setTimeout(() => {
        if (!this.stopped) this.open();
      }, reconnectDelayMs(this.attempt++));
    };
    const receive = (e: Event) => {
      const event = JSON.parse((e as MessageEvent<string>).data) as LiveEvent;
      if (this.lastEventId !== null && event.id <= this.lastEventId) return;
      this.lastEventId = event.id;
      if (event.kind === 'incident') this.handlers.onEvent(event);
      else if (event.kind === 'plan') this.handlers.onPlan?.(event);
    };
    source.addEventListener('incident', receive);
    source.addEventListener('plan', receive);
  }
}
