import { describe, expect, it } from 'vitest';
import { balancePlan } from './balance-plan';
import { buildAdjacency } from './build-adjacency';
import { buildPieceGraph } from './build-piece-graph';
import { buildPlanGraph } from './build-plan-graph';
import { compactPlan } from './compact-plan';
import { createRandom } from './create-random';
import { createSplitScratch, findBestTreeSplit } from './find-best-tree-split';
import { latticeUnits } from './fixtures/lattice';
import { partitionByTrees } from './partition-by-trees';
import { countCutEdges, createPiecePlanState } from './piece-plan-state';
import { redistrict } from './redistrict';
import type { RedistrictUnit } from './types';
import { districtConnected as connected } from './fixtures/district-connected';

function weightedLattice(n: number, seed: number): RedistrictUnit[] {
  const random = createRandom(seed);
  return latticeUnits(n, 0.01, () => 5 + Math.floor(random() * 50));
}

/** A balanced tree plan of a lattice, as the compactness phase receives it. */
function planOf(units: RedistrictUnit[], k: number, tolerance: number, seed: number) {
  const graph = buildPlanGraph(units, buildAdjacency(units));
  const piece = buildPieceGraph(graph, graph.weight.map((_, i) => i));
  const scratch = createSplitScratch(piece);
  const random = createRandom(seed);
  const nodes = Array.from({ length: piece.weight.length }, (_, v) => v);
  const state = createPiecePlanState(piece, partitionByTrees(piece, nodes, k, tolerance, random, scratch));
  const ideal = piece.weight.reduce((s, w) => s + w, 0) / k;
  balancePlan({ state, ideal, balanceTarget: 0.5 * tolerance * ideal, random, effort: 1, scratch });
  return { piece, state, scratch, random, ideal };
}

describe('compactPlan', () => {
  it('lowers cut edges on a 20×20 lattice and keeps every district connected and within the bound', () => {
    const { piece, state, scratch, random, ideal } = planOf(weightedLattice(20, 21), 8, 0.02, 3);
    const [lo, hi] = [ideal * 0.99, ideal * 1.01];
    const outsideBefore = Array.from(state.weight, (w) => w < lo || w > hi);
    const result = compactPlan({ state, lo, hi, random, steps: 800, deadline: Infinity, now: () => 0, scratch });
    expect(result.cutAfter).toBeLessThan(result.cutBefore);
    expect(result.cutAfter).toBe(countCutEdges(state));
    state.members.forEach((list, d) => {
      expect(list.length).toBeGreaterThan(0);
      expect(connected(piece, state, d)).toBe(true);
      if (!outsideBefore[d]) {
        expect(state.weight[d]).toBeGreaterThanOrEqual(lo);
        expect(state.weight[d]).toBeLessThanOrEqual(hi);
      }
    });
    const total = Array.from(state.weight).reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(piece.weight.reduce((s, w) => s + w, 0), 6);
  });

  it('never ends with more cut edges than it started with, whatever the seed', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { state, scratch, random, ideal } = planOf(weightedLattice(12, 30 + seed), 4, 0.01, seed);
      const result = compactPlan({ state, lo: ideal * 0.995, hi: ideal * 1.005, random, steps: 50, deadline: Infinity, now: () => 0, scratch });
      expect(result.cutAfter).toBeLessThanOrEqual(result.cutBefore);
    }
  });

  it('makes exactly the steps it is given, and none once the deadline has passed', () => {
    const { state, scratch, random, ideal } = planOf(weightedLattice(12, 40), 4, 0.02, 1);
    const input = { state, lo: ideal * 0.99, hi: ideal * 1.01, random, scratch };
    expect(compactPlan({ ...input, steps: 23, deadline: Infinity, now: () => 0 }).steps).toBe(23);
    expect(compactPlan({ ...input, steps: 23, deadline: 10, now: () => 10 }).steps).toBe(0);
    let clock = 0;
    expect(compactPlan({ ...input, steps: 1000, deadline: 5, now: () => clock++ }).steps).toBeLessThan(1000);
  });
});

describe('findBestTreeSplit', () => {
  it('counts the unit pairs between its two sides exactly as a direct count does', () => {
    const units = weightedLattice(9, 50).map((u, i) => (i % 7 === 0 ? { ...u, groupId: `g${Math.floor(i / 2)}` } : u));
    const graph = buildPlanGraph(units, buildAdjacency(units));
    const piece = buildPieceGraph(graph, graph.weight.map((_, i) => i));
    const scratch = createSplitScratch(piece);
    const random = createRandom(5);
    const members = Array.from({ length: piece.weight.length }, (_, v) => v);
    for (let draw = 0; draw < 30; draw++) {
      const target = 0.2 + 0.6 * random();
      const total = piece.weight.reduce((s, w) => s + w, 0);
      const split = findBestTreeSplit(piece, members, random, (a) => Math.abs(a - target * total), scratch)!;
      const side = new Set(split.side);
      let direct = 0;
      for (let v = 0; v < members.length; v++) {
        for (let s = piece.start[v]; s < piece.start[v + 1]; s++) if (side.has(v) && !side.has(piece.target[s])) direct += piece.multiplicity[s];
      }
      expect(split.cut).toBe(direct);
      expect(split.sideWeight).toBe(split.side.reduce((s, v) => s + piece.weight[v], 0));
    }
  });
});

describe('redistrict with the compactness phase', () => {
  it('keeps compounds whole, regions uncrossed and districts contiguous after many steps', () => {
    const units = weightedLattice(10, 60).map((u) => ({
      ...u,
      groupId: u.id.replace(/c(\d)$/, (_, c) => `g${Math.floor(+c / 2)}`),
      regionId: Number(u.id.split('c')[1]) < 4 ? 'west' : 'east',
    }));
    const plan = redistrict(units, buildAdjacency(units), { k: 6 }, { seed: 2, steps: 3000 });
    expect(plan.contiguous).toBe(true);
    const districtOfGroup = new Map<string, number>();
    const regionOfDistrict = new Map<number, string>();
    for (const u of units) {
      const d = plan.assignment.get(u.id)!;
      expect(districtOfGroup.get(u.groupId) ?? d).toBe(d);
      expect(regionOfDistrict.get(d) ?? u.regionId).toBe(u.regionId);
      districtOfGroup.set(u.groupId, d);
      regionOfDistrict.set(d, u.regionId);
    }
    expect(plan.phases.compactnessSteps).toBe(3000);
  });

  it('keeps the deviation within half the tolerance and cuts no more edges than the tree plan without it', () => {
    const units = weightedLattice(16, 70);
    const adjacency = buildAdjacency(units);
    for (const seed of [1, 2, 3]) {
      const without = redistrict(units, adjacency, { k: 5 }, { seed, tolerance: 0.02, steps: 0 });
      const plan = redistrict(units, adjacency, { k: 5 }, { seed, tolerance: 0.02 });
      expect(plan.maxDeviationPct).toBeLessThanOrEqual(Math.max(1, without.maxDeviationPct) + 1e-9);
      expect(plan.cutEdges).toBeLessThanOrEqual(without.cutEdges);
      expect(plan.phases.cutEdgesAfterCompactness).toBeLessThanOrEqual(plan.phases.cutEdgesBeforeCompactness);
    }
  });

  it('stops the chain when its seconds are spent', () => {
    const units = weightedLattice(10, 80);
    let clock = 0;
    const plan = redistrict(units, buildAdjacency(units), { k: 4 }, { seed: 1, steps: 10_000, seconds: 0.05, now: () => (clock += 1) });
    expect(plan.phases.compactnessSteps).toBeLessThan(100);
    expect(plan.contiguous).toBe(true);
  });

  it('refuses a step budget that is not a whole number ≥ 0', () => {
    const units = latticeUnits(4);
    expect(() => redistrict(units, buildAdjacency(units), { k: 2 }, { steps: -1 })).toThrow(/steps must be a whole number/);
    expect(() => redistrict(units, buildAdjacency(units), { k: 2 }, { seconds: Number.NaN })).toThrow(/seconds must be a number/);
  });
});
