/**
 * The frame scheduler deck.gl's animation loop runs on (luma.gl's `animationFrameProvider`): animation frames while
 * the map is busy, a slow timer once it has been still for a while.
 *
 * deck.gl asks for an animation frame 60 times a second for its whole life, even with nothing to draw
 * (visgl/deck.gl#6961, #9084). Each request keeps the browser composing frames: a still wall or map page used a
 * tenth of a core that way in software WebGL, on a wall that runs for days. Here a frame is asked for only within
 * `busyMs` of the last drawn frame or of a wake (the pointer moved, the layers changed); otherwise the loop ticks
 * every `idleTickMs`, which still picks up what deck.gl finds to draw by itself (a loaded icon atlas, a transition)
 * and then runs at full rate again while it draws.
 */
export interface FrameScheduler {
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(handle: number): void;
  /** The map was drawn: stay on animation frames for `busyMs`. */
  drew(): void;
  /** Something will want drawing soon (the pointer moved, new layers): a pending slow tick runs on the next frame. */
  wake(): void;
}

export interface FrameClock {
  now(): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const browserClock: FrameClock = {
  now: () => performance.now(),
  requestAnimationFrame: (cb) => window.requestAnimationFrame(cb),
  cancelAnimationFrame: (id) => window.cancelAnimationFrame(id),
  setTimeout: (cb, ms) => window.setTimeout(cb, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

type Pending = { kind: 'frame'; id: number } | { kind: 'tick'; id: number; callback: FrameRequestCallback };

export function idleFrameScheduler({ busyMs = 1000, idleTickMs = 200, clock = browserClock } = {}): FrameScheduler {
  let lastActive = clock.now();
  let nextHandle = 1;
  const pending = new Map<number, Pending>();

  const onFrame = (handle: number, callback: FrameRequestCallback) => (time: number) => {
    pending.delete(handle);
    callback(time);
  };
  const asFrame = (handle: number, callback: FrameRequestCallback) => {
    pending.set(handle, { kind: 'frame', id: clock.requestAnimationFrame(onFrame(handle, callback)) });
  };

  return {
    requestAnimationFrame(callback) {
      const handle = nextHandle++;
      if (clock.now() - lastActive < busyMs) asFrame(handle, callback);
      else pending.set(handle, { kind: 'tick', callback, id: clock.setTimeout(() => onFrame(handle, callback)(clock.now()), idleTickMs) });
      return handle;
    },
    cancelAnimationFrame(handle) {
      const p = pending.get(handle);
      if (!p) return;
      pending.delete(handle);
      if (p.kind === 'frame') clock.cancelAnimationFrame(p.id);
      else clock.clearTimeout(p.id);
    },
    drew() {
      lastActive = clock.now();
    },
    wake() {
      lastActive = clock.now();
      for (const [handle, p] of pending) {
        if (p.kind !== 'tick') continue;
        clock.clearTimeout(p.id);
        asFrame(handle, p.callback);
      }
    },
  };
}
