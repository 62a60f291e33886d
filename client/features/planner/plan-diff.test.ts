import { describe, expect, it } from 'vitest';
import { diffPlan } from './plan-diff';

const published = new Map([
  ['a', 'G1'], ['b', 'G1'], ['c', 'G1'],
  ['d', 'G2'], ['e', 'G2'],
]);

describe('comparing a draft with the published plan', () => {
  it('finds nothing changed in the published plan itself', () => {
    expect(diffPlan(published, published).changed).toEqual([]);
  });

  it('lists a building moved between published grids', () => {
    const draft = new Map(published).set('c', 'G2');
    expect(diffPlan(published, draft).changed).toEqual([{ code: 'c', from: 'G1', to: 'G2', toPublished: 'G2' }]);
  });

  it('matches renamed grids to the published grid they overlap most, so a renaming alone changes nothing', () => {
    const draft = new Map([...published].map(([code, key]) => [code, key === 'G1' ? 'N002' : 'N001']));
    const diff = diffPlan(published, draft);
    expect(diff.changed).toEqual([]);
    expect(diff.matches).toEqual(new Map([['N002', 'G1'], ['N001', 'G2']]));
  });

  it('weighs the overlap by households and leaves a wholly new grid unmatched', () => {
    const draft = new Map([['a', 'N001'], ['b', 'N002'], ['c', 'N002'], ['d', 'N003'], ['e', 'N003']]);
    const weights: Record<string, number> = { a: 500, b: 10, c: 10, d: 1, e: 1 };
    const diff = diffPlan(published, draft, (code) => weights[code]);
    expect(diff.matches.get('N001')).toBe('G1');
    expect(diff.matches.get('N002')).toBeNull();
    expect(diff.changed.map((c) => c.code)).toEqual(['b', 'c']);
  });
});
