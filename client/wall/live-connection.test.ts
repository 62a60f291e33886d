import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection, type LiveHandlers } from './live-connection';

/** Just enough of EventSource to play a server's stream to LiveConnection. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((e: Event) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(kind: string, fn: (e: Event) => void) {
    this.listeners.set(kind, [...(this.listeners.get(kind) ?? []), fn]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  send(kind: string, data: string) {
    for (const fn of this.listeners.get(kind) ?? []) fn(Object.assign(new Event(kind), { data }));
  }
}

const handlers = (extra: Partial<LiveHandlers> = {}): LiveHandlers => ({ onEvent: vi.fn(), onState: vi.fn(), onReconnected: vi.fn(), ...extra });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeEventSource.opened = [];
});

describe('LiveConnection when the server ends the stream for a spent session', () => {
  it('hands the server’s words to the wall, stops, and reopens only when started again, from the last event seen', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
    const onEnded = vi.fn();
    const h = handlers({ onEnded });
    const connection = new LiveConnection('/api/live', h);
    connection.start();
    const [first] = FakeEventSource.opened;
    first.onopen!();
    first.send('incident', JSON.stringify({ id: 41, kind: 'incident', at: '2026-03-06T02:00:00Z', payload: {} }));
    first.send('ended', JSON.stringify({ error: 'unauthenticated', message: '登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录' }));
    expect(onEnded).toHaveBeenCalledWith('登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录');
    expect(h.onState).toHaveBeenLastCalledWith('reconnecting');
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    connection.start();
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/api/live', '/api/live?since=41']);
    connection.stop();
  });

  it('tells the wall when the browser gives up on the stream (an error status it cannot read)', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
    const onClosed = vi.fn();
    const connection = new LiveConnection('/api/live', handlers({ onClosed }));
    connection.start();
    const [first] = FakeEventSource.opened;
    first.readyState = FakeEventSource.CLOSED;
    first.onerror!();
    expect(onClosed).toHaveBeenCalledTimes(1);
    connection.stop();
  });

  it('backs off while the server stays down, where EventSource alone would ask every 2 s, and asks again at once when it is back', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
    const h = handlers();
    const connection = new LiveConnection('/api/live', h);
    connection.start();
    const [first] = FakeEventSource.opened;
    first.onopen!();
    first.send('incident', JSON.stringify({ id: 7, kind: 'incident', at: '2026-03-06T02:00:00Z', payload: {} }));
    // The server goes down: the browser's first retry is its own (the source stays open, connecting) …
    first.readyState = 0;
    first.onerror!();
    expect(first.readyState).toBe(0);
    // … and when that fails too, the connection closes it and waits 1 s, 2 s, 4 s … before the next try.
    first.onerror!();
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    const opensAfter = (ms: number) => {
      vi.advanceTimersByTime(ms);
      return FakeEventSource.opened.length;
    };
    expect(opensAfter(999)).toBe(1);
    expect(opensAfter(1)).toBe(2);
    FakeEventSource.opened[1].readyState = 0;
    FakeEventSource.opened[1].onerror!();
    expect(opensAfter(1999)).toBe(2);
    expect(opensAfter(1)).toBe(3);
    FakeEventSource.opened[2].readyState = 0;
    FakeEventSource.opened[2].onerror!();
    expect(opensAfter(3999)).toBe(3);
    expect(opensAfter(1)).toBe(4);
    // Back: the stream resumes after the last event seen and the next break starts again with the browser's retry.
    const back = FakeEventSource.opened[3];
    expect(back.url).toBe('/api/live?since=7');
    back.onopen!();
    expect(h.onReconnected).toHaveBeenCalledTimes(1);
    back.readyState = 0;
    back.onerror!();
    expect(back.readyState).toBe(0);
    connection.stop();
  });
});
