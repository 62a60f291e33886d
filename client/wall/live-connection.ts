import type { LiveEvent, LiveIncidentEvent, LivePlanEvent } from '../../core/contracts/live';
import { reconnectDelayMs } from './backoff';

export type LiveState = 'live' | 'reconnecting';

export interface LiveHandlers {
  onEvent(event: LiveIncidentEvent): void;
  /** A grid plan was published: grids, beats and their figures changed. */
  onPlan?(event: LivePlanEvent): void;
  /** A unit's pings or check-in were stored (issue 16): the dosage panel and the units' positions reload. */
  onPresence?(): void;
  onState(state: LiveState): void;
  /** The stream is open again after a break: refresh what events do not carry (aggregates). */
  onReconnected(): void;
  /**
   * The server ended the stream because the session has ended (event `ended`, with its words for why). With this
   * handler the connection stays closed until start() is called again (after signing in again); without it, it
   * reconnects with back-off as after any break.
   */
  onEnded?(message: string | null): void;
  /** The browser gave up on the stream (an error status such as 401, or a server down for long): it is retried with back-off. */
  onClosed?(): void;
}

/**
 * GET /api/live as an EventSource that keeps going for days. EventSource retries by itself (the server asks
 * for 2 s) and resends Last-Event-ID; when it gives up (readyState CLOSED: an error status, a server down
 * long enough) or its own retry fails too, a new one is opened with back-off 1 → 30 s and ?since= the last id
 * seen, so nothing is missed.
 * Events are delivered once, in id order: a replayed id already seen is dropped.
 */
export class LiveConnection {
  private source: EventSource | null = null;
  private attempt = 0;
  private errorsSinceOpen = 0;
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
    clearTimeout(this.timer);
    this.source?.close();
    this.open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }

  private open() {
    const url = this.lastEventId === null ? this.url : `${this.url}${this.url.includes('?') ? '&' : '?'}since=${this.lastEventId}`;
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.errorsSinceOpen = 0;
      this.handlers.onState('live');
      if (this.everOpened && this.broken) this.handlers.onReconnected();
      this.everOpened = true;
      this.broken = false;
    };
    source.onerror = () => {
      this.broken = true;
      this.handlers.onState('reconnecting');
      if (this.stopped) return;
      this.errorsSinceOpen += 1;
      if (source.readyState === EventSource.CLOSED) {
        this.handlers.onClosed?.();
        this.retryLater(source);
      } else if (this.errorsSinceOpen > 1) {
        // A blip is bridged by EventSource's own retry 2 s later; a server still down after that would be
        // asked every 2 s for as long as the outage lasts (a failed request in the wall's log each time), so
        // from the second failure on the connection backs off like a closed one.
        this.retryLater(source);
      }
    };
    source.addEventListener('ended', (e) => {
      this.broken = true;
      this.handlers.onState('reconnecting');
      if (this.handlers.onEnded) {
        source.close();
        this.handlers.onEnded(messageOf((e as MessageEvent<string>).data));
      } else {
        this.retryLater(source);
      }
    });
    const receive = (e: Event) => {
      const event = JSON.parse((e as MessageEvent<string>).data) as LiveEvent;
      if (this.lastEventId !== null && event.id <= this.lastEventId) return;
      this.lastEventId = event.id;
      if (event.kind === 'incident') this.handlers.onEvent(event);
      else if (event.kind === 'plan') this.handlers.onPlan?.(event);
      else if (event.kind === 'field_presence') this.handlers.onPresence?.();
    };
    source.addEventListener('incident', receive);
    source.addEventListener('plan', receive);
    source.addEventListener('field_presence', receive);
  }

  private retryLater(source: EventSource) {
    source.close();
    this.timer = setTimeout(() => {
      if (!this.stopped) this.open();
    }, reconnectDelayMs(this.attempt++));
  }
}

/** The server's words in an `ended` event's data (an ApiError as JSON), or null. */
function messageOf(data: string): string | null {
  try {
    const message = (JSON.parse(data) as { message?: unknown }).message;
    return typeof message === 'string' && message !== '' ? message : null;
  } catch {
    return null;
  }
}
