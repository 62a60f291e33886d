import type { OutboxSnapshot } from './outbox';

/**
 * The queue's line above the screen: how many writes wait, or that everything was sent — never "all sent" while the
 * server refused one (the 未能上传 list below says so, and the line then says nothing).
 */
export type QueueLine = { kind: 'pending'; count: number } | { kind: 'all-sent' } | { kind: 'none' };

export function queueLine({ pending, refused }: Pick<OutboxSnapshot, 'pending' | 'refused'>): QueueLine {
  if (pending > 0) return { kind: 'pending', count: pending };
  return refused.length > 0 ? { kind: 'none' } : { kind: 'all-sent' };
}
