import { describe, expect, it } from 'vitest';
import { visitsWaiting } from './visits-waiting';

describe('visitsWaiting', () => {
  it('names the tasks and buildings of the visits in the queue, and nothing of other writes', () => {
    const waiting = visitsWaiting([
      { id: 'a', kind: 'visit', body: { buildingCode: 'C0001-B02', taskId: 't1' } },
      { id: 'b', kind: 'visit', body: { buildingCode: 'C0002-B01' } },
      { id: 'c', kind: 'check-in', body: { id: 'c', taskId: 't9', buildingCode: 'C0009-B09' } },
    ]);
    expect([...waiting.taskIds]).toEqual(['t1']);
    expect([...waiting.buildingCodes]).toEqual(['C0001-B02', 'C0002-B01']);
  });
});
