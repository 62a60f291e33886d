import { describe, expect, it } from 'vitest';
import { buildPlannerLayers } from '../../map/layers/planner-layers';
import { dissolveGrids } from './dissolve-grids';
import { gridRows } from './grid-rows';
import { measureGrids } from './measure-grids';
import { diffPlan } from './plan-diff';
import { plannerFixture } from './planner-fixture';
import { changedTerritories, gridCollection, gridLabels, gridNeighbourPairs } from './planner-map-data';
import { moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const data = plannerFixture();
const pu = toPlanUnits(data);
const published = publishedPlanState(pu);
const rows = gridRows(measureGrids(pu, published.assignment), [450, 550], published.locked);

describe('the planner map data', () => {
  it('finds the pairs of grids sharing a boundary, once each', () => {
    expect(gridNeighbourPairs(pu, published.assignment)).toEqual([['G1', 'G2'], ['G2', 'G3']]);
  });

  it('marks offending and selected grids in the outline collection', () => {
    const grids = gridCollection(dissolveGrids(pu, published.assignment), rows, 'G2');
    expect(grids.features.map((f) => f.properties)).toEqual([
      { key: 'G1', offending: true, selected: false },
      { key: 'G2', offending: true, selected: true },
      { key: 'G3', offending: true, selected: false },
    ]);
  });

  it('labels each grid on one of its own buildings', () => {
    const labels = gridLabels(pu, published.assignment, rows, (r) => [`${r.key} ${r.households}`, r.key]);
    expect(labels[0]).toMatchObject({ key: 'G1', texts: ['G1 400', 'G1'], offending: true });
    expect(['b0-0', 'b0-1', 'b1-0', 'b1-1'].map((c) => pu.props.get(c)!.position)).toContainEqual(labels[0].position);
  });

  it('picks the territories of changed buildings for the difference overlay', () => {
    const moved = moveUnits(pu, published, ['b2-0'], 'G1');
    const changed = diffPlan(pu.published, moved.assignment).changed;
    expect(changedTerritories(data.units.features, changed).map((f) => f.properties.code)).toEqual(['b2-0', 'b2-1']);
  });

  const layerInput = (communities: Parameters<typeof buildPlannerLayers>[0]['communities']) =>
    buildPlannerLayers({
      territories: data.units,
      buildings: data.units.features.map((f) => f.properties),
      assignment: published.assignment,
      colours: new Map(),
      grids: gridCollection(dissolveGrids(pu, published.assignment), rows, null),
      labels: [],
      communities,
      changed: [],
      beats: data.beats,
      selected: new Set(),
      showDiff: false,
      showBeats: true,
    });

  it('draws the planner layers bottom to top, territories first and labels last', () => {
    const layers = layerInput(null);
    expect(layers.map((l) => l.id)).toEqual([
      'planner-territory', 'planner-diff', 'planner-offending', 'planner-grid-outline', 'planner-beat', 'planner-footprint', 'planner-labels',
    ]);
    expect(layers[1].props.visible).toBe(false);
  });

  it('on a street, outlines its communities over the grids and names them over the buildings, under the grid labels', () => {
    const labels = [{ position: [107.5, 31.2] as [number, number], text: '花溪社区', rank: 'community' as const }];
    const layers = layerInput({ communities: data.communities, labels });
    expect(layers.map((l) => l.id)).toEqual([
      'planner-territory', 'planner-diff', 'planner-offending', 'planner-grid-outline', 'planner-community-outline', 'planner-beat', 'planner-footprint', 'planner-community-labels', 'planner-labels',
    ]);
    expect(layers[7].props.data).toEqual(labels);
  });
});
