import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, historyLimit, redo, startHistory, undo } from './plan-history';

describe('plan history', () => {
  it('undoes and redoes changes in order', () => {
    let h = commit(commit(startHistory('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('drops the redo future when a new change is made after an undo', () => {
    const h = commit(undo(commit(startHistory(1), 2)), 3);
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it('records nothing when the same value is committed', () => {
    const h = startHistory({ x: 1 });
    expect(commit(h, h.present)).toBe(h);
  });

  it('answers the same history for undo or redo with nothing to step to', () => {
    const h = startHistory('only');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it(`keeps at most ${historyLimit} past states`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= historyLimit + 20; i++) h = commit(h, i);
    expect(h.past).toHaveLength(historyLimit);
    expect(h.past[0]).toBe(20);
  });
});
