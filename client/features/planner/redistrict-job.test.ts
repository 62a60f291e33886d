import { describe, expect, it } from 'vitest';
import { plannerFixture } from './planner-fixture';
import { toPlanUnits } from './plan-units';
import { runRedistrictJob, type RedistrictMessage, type RedistrictMode } from './redistrict-job';

const pu = toPlanUnits(plannerFixture());

function run(band: [number, number], mode: RedistrictMode = 'all'): RedistrictMessage[] {
  const messages: RedistrictMessage[] = [];
  runRedistrictJob({ units: pu.units, adjacency: pu.adjacency, band, seed: 1, mode, current: [...pu.published] }, (m) => messages.push(m));
  return messages;
}

describe('the redistricting job', () => {
  it('posts progress for each piece and then the assignment of every building', () => {
    const messages = run([150, 450]);
    expect(messages.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && [m.done, m.total])).toEqual([[1, 2], [2, 2]]);
    const last = messages[messages.length - 1];
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.assignment).toHaveLength(12);
    expect(last.withinTarget).toBe(true);
    // never across a community: community B's buildings share no district with A's
    const a = new Set(last.assignment.filter(([id]) => Number(id[1]) < 4).map(([, d]) => d));
    const b = new Set(last.assignment.filter(([id]) => Number(id[1]) >= 4).map(([, d]) => d));
    expect([...a].some((d) => b.has(d))).toBe(false);
  });

  it('posts an input error when a compound is heavier than the band allows', () => {
    const messages = run([50, 150]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', inputError: true });
  });

  it('redraws nothing in minimal mode when every grid is in the band, and only the flagged grids otherwise', () => {
    // Published: G1, G2 and G3 of 400 households each.
    expect(run([300, 500], 'minimal')).toEqual([{ type: 'result', mode: 'minimal', assignment: [], withinTarget: true, flagged: 0, redrawn: 0 }]);
    const last = run([150, 250], 'minimal').at(-1)!;
    expect(last).toMatchObject({ type: 'result', mode: 'minimal', withinTarget: true, flagged: 3, redrawn: 3 });
    const all = run([150, 250], 'all').at(-1)!;
    expect(all).toMatchObject({ type: 'result', mode: 'all', flagged: 3, redrawn: 3 });
  });
});
