import { useState } from 'react';
import { RedistrictInputError } from '../../../core/redistrict/types';
import type { MessageKey } from '../../i18n/zh-CN';
import { applyRedraw, applyReplan, splitGrid } from './auto-plan';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from './plan-history';
import {
  acceptDocking,
  mergeGrids,
  mergeKeeper,
  moveUnits,
  nextGridKeys,
  PlanEditError,
  publishedPlanState,
  setGridLocked,
  type PlanEditProblem,
  type PlanState,
} from './plan-state';
import type { PlanUnits } from './plan-units';
import type { RedistrictMode } from './redistrict-job';
import { pickUnits, unitsInLasso, unitsOfGrid, type SelectMode } from './selection';

const problemKeys: Record<PlanEditProblem, MessageKey> = {
  empty: 'plannerProblemEmpty',
  locked: 'plannerProblemLocked',
  community: 'plannerProblemCommunity',
  'same-grid': 'plannerProblemSameGrid',
  'not-adjacent': 'plannerProblemNotAdjacent',
  'unknown-grid': 'plannerProblemUnknownGrid',
};

/** Why the last edit was refused: a message key of the plan's rules, or the algorithm's own message. */
export type EditProblem = { key: MessageKey } | { text: string } | null;

function describe(err: unknown): EditProblem {
  if (err instanceof PlanEditError) return { key: problemKeys[err.problem] };
  if (err instanceof RedistrictInputError) return { text: err.message };
  throw err;
}

interface Store {
  pu: PlanUnits;
  history: History<PlanState>;
}

/**
 * The plan being edited (with undo/redo), the selected buildings and grid, and the edits. Starts from the published
 * plan of each newly loaded area; every edit goes through the pure operations of plan-state and auto-plan.
 */
export function usePlanEditor(pu: PlanUnits | null) {
  const [store, setStore] = useState<Store | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [selectedGrid, setSelectedGrid] = useState<string | null>(null);
  const [problem, setProblem] = useState<EditProblem>(null);
  if (pu && store?.pu !== pu) {
    // A new area (or the same one reloaded after publishing): start again from its published plan.
    setStore({ pu, history: startHistory(publishedPlanState(pu)) });
    setSelection([]);
    setSelectedGrid(null);
    setProblem(null);
  }
  const history = store && store.pu === pu ? store.history : null;
  const state = history?.present ?? null;

  function apply(edit: (s: PlanState) => PlanState): boolean {
    if (!pu || !history) return false;
    try {
      const next = edit(history.present);
      setStore({ pu, history: commit(history, next) });
      setProblem(null);
      return true;
    } catch (err) {
      setProblem(describe(err));
      return false;
    }
  }

  const select = (codes: string[]) => {
    setSelection(codes);
    setProblem(null);
  };

  return {
    state,
    selection,
    selectedGrid,
    problem,
    canUndo: history ? canUndo(history) : false,
    canRedo: history ? canRedo(history) : false,
    undo: () => pu && history && setStore({ pu, history: undo(history) }),
    redo: () => pu && history && setStore({ pu, history: redo(history) }),
    /** Starts a new history at a state (a reopened draft). */
    reset: (next: PlanState) => {
      if (!pu) return;
      setStore({ pu, history: startHistory(next) });
      setSelection([]);
      setSelectedGrid(null);
      setProblem(null);
    },
    /** Makes a state the present, undoably (an import). */
    replace: (next: PlanState) => apply(() => next),
    pick: (code: string, mode: SelectMode) => pu && select(pickUnits(pu, selection, [code], mode)),
    lasso: (ring: [number, number][], mode: SelectMode) => pu && select(pickUnits(pu, selection, unitsInLasso(pu, ring), mode)),
    clearSelection: () => select([]),
    selectGrid: (key: string | null) => {
      setSelectedGrid(key);
      if (key && state) select(unitsOfGrid(state.assignment, key));
    },
    moveSelection: (target: string) => apply((s) => moveUnits(pu!, s, selection, target)),
    moveSelectionToNewGrid: () => apply((s) => moveUnits(pu!, s, selection, nextGridKeys(new Set(s.assignment.values()), 1)[0])),
    split: (key: string, seed: number) => apply((s) => splitGrid(pu!, s, key, seed)),
    /** Merges two grids, then picks the one kept, whole: the panel went on naming a grid that no longer was. */
    merge: (a: string, b: string) => {
      if (!pu || !history) return;
      const kept = mergeKeeper(pu, history.present, a, b);
      const units = [...unitsOfGrid(history.present.assignment, a), ...unitsOfGrid(history.present.assignment, b)];
      if (!apply((s) => mergeGrids(pu, s, a, b))) return;
      setSelectedGrid(kept);
      select(units);
    },
    setLocked: (key: string, locked: boolean) => apply((s) => setGridLocked(s, key, locked)),
    acceptDocking: (docking: Record<string, string>) => apply((s) => acceptDocking(s, docking)),
    /** A worker's result: a minimal-change redraw keeps the keys of the grids it continues, a full re-plan those it redraws much as they were. */
    applyAutoPlan: (numbered: ReadonlyMap<string, number>, mode: RedistrictMode) =>
      apply((s) => (mode === 'minimal' ? applyRedraw(s, numbered) : applyReplan(s, numbered))),
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
