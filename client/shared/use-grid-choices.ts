import { useMemo } from 'react';
import type { Scope } from '../../core/contracts/auth';
import { getBeats, getGrids } from '../api/endpoints';
import type { GridCollection } from '../api/feature-types';
import { useResource } from '../api/use-resource';
import { gridsInScope, type GridChoice } from './grids-in-scope';

/** The published grids (with their geometry) and those of them the user may choose, by code. */
export function useGridChoices(scope: Scope): { choices: GridChoice[]; grids: GridCollection | undefined; error: Error | undefined } {
  const [data] = useResource(async (signal) => {
    const [grids, beats] = await Promise.all([getGrids(signal), getBeats(signal)]);
    return { grids, beats };
  }, []);
  const choices = useMemo(() => {
    if (!data.data) return [];
    const stationOfBeat = new Map(data.data.beats.features.map((b) => [b.properties.code, b.properties.stationCode]));
    const all = data.data.grids.features.map((f) => ({ code: f.properties.code, name: f.properties.name, streetCode: f.properties.streetCode, beatCode: f.properties.beatCode ?? null }));
    return gridsInScope(scope, all, stationOfBeat);
  }, [data.data, scope]);
  return { choices, grids: data.data?.grids, error: data.error };
}
