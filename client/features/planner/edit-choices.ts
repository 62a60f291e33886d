import type { Translate } from '../../i18n/messages';
import { gridCommunity, mergeCandidates, type PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';
import { gridsOfSelection } from './selection';

/** A grid offered in a list: its key is the value, its name what the planner reads. */
export interface GridChoice {
  key: string;
  name: string;
}

/** How the hand-edit panel names places: never by their codes. */
export interface EditNames {
  /** As the table names a grid: a published grid by its name, a new one by its draft label. */
  grid: (key: string) => string;
  /** A community by its name (翠屏社区), from the area's units. */
  community: (code: string) => string;
}

/** The hand-edit panel's words and lists for a selection, places by name (`names`). Pure. */
export interface EditChoices {
  /** 「已选 2 栋楼（1 个小区，69 户），位于网格 南滨社区第1网格」, or that nothing is selected. */
  selectionText: string;
  /**
   * Where the selection can move: unlocked grids of its community other than the one it lies in, by key. None when
   * the selection spans communities, as any grid holding all of it would cross one.
   */
  moveTargets: GridChoice[];
  /** 「所选小区分属 翠屏社区、玉坪社区，不能移入同一网格…」 when the selection spans communities (no move can take it); else null. */
  moveRefusal: string | null;
  /** The neighbours of the grid picked in the table that it can merge with, by key. */
  mergePartners: GridChoice[];
}

export function editChoices(
  t: Translate,
  pu: PlanUnits,
  state: PlanState,
  selection: readonly string[],
  pickedGrid: string | null,
  names: EditNames,
): EditChoices {
  const gridName = names.grid;
  const choice = (key: string): GridChoice => ({ key, name: gridName(key) });
  const compounds = new Set(selection.map((c) => pu.props.get(c)?.compoundCode));
  const households = selection.reduce((s, c) => s + (pu.props.get(c)?.households ?? 0), 0);
  const communities = new Set(selection.map((c) => pu.props.get(c)?.communityCode));
  const [community] = communities;
  const from = gridsOfSelection(state.assignment, selection);
  const targets = [...new Set(state.assignment.values())]
    .filter((k) => communities.size === 1 && !state.locked.has(k) && gridCommunity(pu, state, k) === community && !(from.length === 1 && from[0] === k))
    .sort();
  return {
    selectionText: selection.length
      ? t('plannerSelection', { buildings: selection.length, compounds: compounds.size, households, grids: from.map(gridName).join(t('listSeparator')) })
      : t('plannerSelectionNone'),
    moveTargets: targets.map(choice),
    moveRefusal: communities.size > 1 ? t('plannerMoveAcrossCommunities', { communities: communityNames(t, communities, names.community) }) : null,
    mergePartners: pickedGrid ? mergeCandidates(pu, state, pickedGrid).map(choice) : [],
  };
}

/** The communities by name in the order of their codes (the area's order), as one list. */
function communityNames(t: Translate, codes: ReadonlySet<string | undefined>, name: (code: string) => string): string {
  return [...codes].filter((c) => c !== undefined).sort().map(name).join(t('listSeparator'));
}
