import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

/** A send whose answers the test gives, one call at a time, counting the calls. */
function controlledSend() {
  const calls: string[] = [];
  let settle: { resolve: (v: string) => void; reject: (e: Error) => void } | null = null;
  const send = (x: string) => {
    calls.push(x);
    return new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { send, calls, answer: (v: string) => settle!.resolve(v), refuse: (e: Error) => settle!.reject(e) };
}

describe('oneAtATime', () => {
  it('sends a double click once: the second call, while the first is pending, is left out', async () => {
    const c = controlledSend();
    const guarded = oneAtATime(c.send);
    const first = guarded('a');
    const second = guarded('a');
    expect(c.calls).toEqual(['a']);
    await expect(second).resolves.toEqual({ sent: false });
    c.answer('saved');
    await expect(first).resolves.toEqual({ sent: true, value: 'saved' });
  });

  it('sends again once the previous call has been refused, with the refusal passed on', async () => {
    const c = controlledSend();
    const guarded = oneAtATime(c.send);
    const first = guarded('a');
    c.refuse(new Error('400'));
    await expect(first).rejects.toThrow('400');
    const second = guarded('b');
    c.answer('saved');
    await expect(second).resolves.toEqual({ sent: true, value: 'saved' });
    expect(c.calls).toEqual(['a', 'b']);
  });
});
