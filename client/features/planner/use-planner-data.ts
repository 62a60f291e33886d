import { useMemo, useState } from 'react';
import type { PlannerArea } from '../../../core/contracts/planner';
import { getPlannerAreas, getPlannerUnits } from '../../api/planner-endpoints';
import { useResource } from '../../api/use-resource';
import { toPlanUnits } from './plan-units';

/** The area the planner picked: a street or a community, by code. */
export type AreaChoice = Pick<PlannerArea, 'kind' | 'code'>;

/** The areas a planner can pick, the picked one, and its units (reloaded after publishing). */
export function usePlannerData() {
  const [areas, reloadAreas] = useResource(getPlannerAreas, []);
  const [choice, setChoice] = useState<AreaChoice | null>(null);
  const [units, reloadUnits] = useResource(
    (signal) => (choice ? getPlannerUnits(choice.kind, choice.code, signal) : Promise.resolve(null)),
    [choice?.kind, choice?.code],
  );
  // The answer may still be the previous area's while the new one loads: use it only when it is the picked area.
  const current = units.data && choice && units.data.area.code === choice.code ? units.data : null;
  const pu = useMemo(() => (current ? toPlanUnits(current) : null), [current]);
  return {
    areas,
    choice,
    setChoice,
    units: current,
    unitsStatus: units.status,
    unitsError: units.error,
    pu,
    reload: () => {
      reloadAreas();
      reloadUnits();
    },
  };
}
