import { describe, expect, it } from 'vitest';
import { idleFrameScheduler, type FrameClock } from './idle-frames';

/** A clock whose animation frames and timers run only when the test says so. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const frames = new Map<number, FrameRequestCallback>();
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: FrameClock = {
    now: () => now,
    requestAnimationFrame: (cb) => (frames.set(nextId, cb), nextId++),
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: (cb, ms) => (timers.set(nextId, { at: now + ms, callback: cb }), nextId++),
    clearTimeout: (id) => void timers.delete(id),
  };
  return {
    clock,
    frames,
    timers,
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at > now) continue;
        timers.delete(id);
        t.callback();
      }
    },
    runFrames() {
      const due = [...frames];
      frames.clear();
      for (const [, cb] of due) cb(now);
    },
  };
}

describe('idleFrameScheduler', () => {
  it('asks for animation frames while the map has drawn lately, and ticks slowly once it has been still', () => {
    const c = fakeClock();
    const s = idleFrameScheduler({ busyMs: 1000, idleTickMs: 200, clock: c.clock });
    const ran: number[] = [];
    s.requestAnimationFrame(() => ran.push(1));
    expect(c.frames.size).toBe(1); // just made: busy
    c.runFrames();
    expect(ran).toEqual([1]);

    c.advance(1500);
    s.requestAnimationFrame(() => ran.push(2));
    expect(c.frames.size).toBe(0);
    expect(c.timers.size).toBe(1);
    c.advance(199);
    expect(ran).toEqual([1]);
    c.advance(1);
    expect(ran).toEqual([1, 2]);

    s.drew();
    s.requestAnimationFrame(() => ran.push(3));
    expect(c.frames.size).toBe(1);
    expect(c.timers.size).toBe(0);
  });

  it('turns a pending slow tick into the next animation frame when woken', () => {
    const c = fakeClock();
    const s = idleFrameScheduler({ busyMs: 1000, idleTickMs: 200, clock: c.clock });
    c.advance(5000);
    const ran: string[] = [];
    s.requestAnimationFrame(() => ran.push('tick'));
    expect(c.timers.size).toBe(1);
    s.wake();
    expect(c.timers.size).toBe(0);
    expect(c.frames.size).toBe(1);
    c.runFrames();
    expect(ran).toEqual(['tick']);
    c.advance(500);
    expect(ran).toEqual(['tick']); // the timer it replaced does not run it again
  });

  it('cancels a request whether it waits for a frame, a tick, or a tick turned frame', () => {
    const c = fakeClock();
    const s = idleFrameScheduler({ busyMs: 1000, idleTickMs: 200, clock: c.clock });
    const ran: string[] = [];
    s.cancelAnimationFrame(s.requestAnimationFrame(() => ran.push('frame')));
    c.advance(5000);
    s.cancelAnimationFrame(s.requestAnimationFrame(() => ran.push('tick')));
    const woken = s.requestAnimationFrame(() => ran.push('woken'));
    s.wake();
    s.cancelAnimationFrame(woken);
    c.runFrames();
    c.advance(1000);
    expect(ran).toEqual([]);
    expect(c.frames.size + c.timers.size).toBe(0);
  });
});
