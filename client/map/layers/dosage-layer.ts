import type { Layer } from '@deck.gl/core';
import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PlaceDosageView } from '../../../core/contracts/dosage';
import { classifyDosage, dosageCellFillAlpha, dosageColour } from './dosage-colours';

export interface DosageLayerInput {
  places: readonly PlaceDosageView[];
  visible?: boolean;
  /** Distinguishes the main map's layers from the analysis view's, which deck.gl diffs by id. */
  idPrefix?: string;
}

/**
 * The dosage layer (issue 16): hot cells filled and key places ringed by their dose against the target (classifyDosage:
 * unvisited red … met green); key places as circles of their measured radius in metres. Pickable: the tooltip names
 * the place and its figures. Holds no state and fetches nothing.
 */
export function dosageLayers({ places, visible = true, idPrefix = 'dosage' }: DosageLayerInput): Layer[] {
  const cells = places.filter((p) => p.polygon);
  const points = places.filter((p) => !p.polygon);
  return [
    new PolygonLayer<PlaceDosageView>({
      id: `${idPrefix}-cells`,
      data: cells,
      visible,
      pickable: true,
      getPolygon: (p) => p.polygon!,
      getFillColor: (p) => {
        const c = classifyDosage(p.all);
        return dosageColour(c, dosageCellFillAlpha[c]);
      },
      getLineColor: (p) => dosageColour(classifyDosage(p.all), 255),
      getLineWidth: (p) => (classifyDosage(p.all) === 'unvisited' ? 1 : 2.5),
      lineWidthUnits: 'pixels',
    }),
    new ScatterplotLayer<PlaceDosageView>({
      id: `${idPrefix}-places`,
      data: points,
      visible,
      pickable: true,
      getPosition: (p) => p.lngLat,
      getRadius: (p) => p.radiusM ?? 50,
      radiusUnits: 'meters',
      radiusMinPixels: 5,
      getFillColor: (p) => dosageColour(classifyDosage(p.all), 90),
      stroked: true,
      getLineColor: (p) => dosageColour(classifyDosage(p.all), 255),
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
    }),
  ];
}
