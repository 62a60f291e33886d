import { describe, expect, it } from 'vitest';
import type { SendResult } from '../lib/send-outcome';
import { MemoryOutboxStorage, Outbox } from './outbox';

/** An outbox whose server answers from a script of results per path (the last one repeats), recording what was sent. */
function scripted(answers: Record<string, SendResult[]>, clock = { ms: 1_000_000 }) {
  const sent: string[] = [];
  const send = async (path: string) => {
    sent.push(path);
    const list = answers[path] ?? [{ status: 201 }];
    return list.length > 1 ? list.shift()! : list[0];
  };
  const outbox = new Outbox(new MemoryOutboxStorage(), send, () => clock.ms);
  return { outbox, sent, clock };
}

const write = (id: string, path = `/w/${id}`) => ({ id, kind: 'check-in' as const, path, body: { id }, label: id });

describe('the offline queue', () => {
  it('sends writes in the order they were made and forgets them once stored', async () => {
    const { outbox, sent } = scripted({});
    await outbox.enqueue(write('a'));
    await outbox.enqueue(write('b'));
    await outbox.flush();
    expect(sent).toEqual(['/w/a', '/w/b']);
    expect(outbox.getSnapshot().pending).toBe(0);
  });

  it('keeps everything from the first write the network failed, so nothing overtakes it', async () => {
    const { outbox, sent } = scripted({ '/w/a': [{ networkError: true }, { status: 200 }] });
    await outbox.enqueue(write('a'));
    await outbox.enqueue(write('b'));
    await outbox.flush();
    expect(outbox.getSnapshot().pending).toBe(2);
    expect(sent.filter((p) => p === '/w/b')).toEqual([]);
  });

  it('waits out the backoff unless forced (the online event), then sends in order', async () => {
    const { outbox, sent, clock } = scripted({ '/w/a': [{ status: 503 }, { status: 200 }] });
    await outbox.enqueue(write('a'));
    await outbox.enqueue(write('b'));
    await outbox.flush();
    sent.length = 0;
    clock.ms += 1000; // inside the first 5 s wait
    await outbox.flush();
    expect(sent).toEqual([]);
    await outbox.flush(true);
    expect(sent).toEqual(['/w/a', '/w/b']);
    expect(outbox.getSnapshot().pending).toBe(0);
  });

  it('moves a refused write to the visible list with the server message and goes on with the rest', async () => {
    const { outbox } = scripted({ '/w/a': [{ status: 422, message: '签到位置距巡逻点 320 米，超出 50 米范围' }] });
    await outbox.enqueue(write('a'));
    await outbox.enqueue(write('b'));
    await outbox.flush();
    const { pending, refused } = outbox.getSnapshot();
    expect(pending).toBe(0);
    expect(refused.map((r) => [r.id, r.status, r.message])).toEqual([['a', 422, '签到位置距巡逻点 320 米，超出 50 米范围']]);
    await outbox.dismissRefused('a');
    expect(outbox.getSnapshot().refused).toEqual([]);
  });

  it('counts a replayed answer as stored', async () => {
    const { outbox } = scripted({ '/w/a': [{ status: 200 }] });
    await outbox.enqueue(write('a'));
    await outbox.flush();
    expect(outbox.getSnapshot()).toMatchObject({ pending: 0, refused: [] });
  });

  it('names the writes still waiting, so a screen can tell its own write waiting from sent', async () => {
    const { outbox } = scripted({ '/w/a': [{ networkError: true }, { status: 201 }] });
    await outbox.enqueue(write('a'));
    await outbox.enqueue(write('b'));
    await outbox.flush();
    expect(outbox.getSnapshot().pendingIds).toEqual(['a', 'b']);
    await outbox.flush(true);
    expect(outbox.getSnapshot().pendingIds).toEqual([]);
  });

  it('counts the writes of each kind that left the queue, stored or refused, and not those still waiting', async () => {
    const { outbox } = scripted({ '/w/a': [{ status: 201 }], '/w/b': [{ status: 409, message: '该任务已完成或已取消' }], '/w/c': [{ networkError: true }] });
    await outbox.enqueue({ ...write('a'), kind: 'visit' });
    await outbox.enqueue({ ...write('b'), kind: 'visit' });
    await outbox.enqueue(write('x'));
    await outbox.enqueue({ ...write('c'), kind: 'visit' });
    await outbox.flush();
    expect(outbox.getSnapshot().settled).toEqual({ visit: 2, 'check-in': 1 });
  });

  it('lists the waiting writes with what they send, so a screen can mark what its own write is about', async () => {
    const { outbox } = scripted({ '/w/a': [{ networkError: true }] });
    await outbox.enqueue({ ...write('a'), kind: 'visit', body: { buildingCode: 'C0001-B01', taskId: 't1' } });
    await outbox.flush();
    expect(outbox.getSnapshot().pendingItems).toEqual([{ id: 'a', kind: 'visit', body: { buildingCode: 'C0001-B01', taskId: 't1' } }]);
  });

  it('tells subscribers when the count changes', async () => {
    const { outbox } = scripted({ '/w/a': [{ networkError: true }] });
    const counts: number[] = [];
    outbox.subscribe(() => counts.push(outbox.getSnapshot().pending));
    await outbox.enqueue(write('a'));
    expect(counts).toContain(1);
  });
});
