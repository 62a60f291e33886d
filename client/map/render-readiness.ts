/** What has to be true before the map shows what the page last asked for. */
export interface ReadinessState {
  dataReady: boolean; // every API answer the layers need has arrived
  mapIdle: boolean; // MapLibre has drawn its style and has nothing left to load
  deckPending: boolean; // deck.gl was given layers it has not drawn yet
}

export function isReady(s: ReadinessState): boolean {
  return s.dataReady && s.mapIdle && !s.deckPending;
}

/**
 * Tracks the map's render state from events (data arrived, layers replaced, map idle, deck drew) and reports
 * every change of readiness. Pure bookkeeping: the caller wires it to MapLibre and deck.gl callbacks.
 */
export class RenderReadiness {
  private state: ReadinessState = { dataReady: false, mapIdle: false, deckPending: true };
  private lastReported: boolean | null = null;

  constructor(private readonly onChange: (ready: boolean) => void) {}

  get ready(): boolean {
    return isReady(this.state);
  }

  setDataReady(dataReady: boolean) {
    this.update({ dataReady });
  }

  /** New layers were handed to deck.gl. */
  layersChanged() {
    this.update({ deckPending: true });
  }

  /** deck.gl finished a frame (after the layers it was last given). */
  deckRendered() {
    this.update({ deckPending: false });
  }

  /** The base-map style was replaced: MapLibre has to load and draw it again. */
  styleChanged() {
    this.update({ mapIdle: false });
  }

  /** MapLibre's 'idle' event. */
  mapIdle() {
    this.update({ mapIdle: true });
  }

  private update(change: Partial<ReadinessState>) {
    this.state = { ...this.state, ...change };
    const ready = isReady(this.state);
    if (ready !== this.lastReported) {
      this.lastReported = ready;
      this.onChange(ready);
    }
  }
}
