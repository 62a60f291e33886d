/**
 * What publishing a plan refuses or warns about, as findings without words (plan-findings.service.ts words them):
 * grids without a successor that people or work still point at, and the warnings of a publication — grids out of
 * the household band, grids docked onto no beat, beats left empty. Pure.
 */
import type { GridHandover, PlanFinding } from '../../core/contracts/planner';
import type { PersonRole } from '../../core/contracts/workforce';

/**
 * The refusal for grids without a successor: what still points at each (people by role and name, accounts, work),
 * to be worded with the grid's name, and what to do.
 */
export function undecidedProblems(undecided: GridHandover[]): PlanFinding[] {
  return undecided.map((h) => {
    const byRole: Partial<Record<PersonRole, string[]>> = {};
    for (const p of h.people) (byRole[p.role] ??= []).push(p.name);
    return {
      kind: 'handover' as const,
      code: 'plan_handover_undecided' as const,
      params: {
        grid: h.from.code,
        ...byRole,
        accounts: h.accounts.map((a) => a.username),
        accountNames: h.accounts.map((a) => a.displayName),
        meetings: h.meetings,
        workRecords: h.workRecords,
        tasks: h.tasks,
      },
      gridKeys: [h.from.code],
    };
  });
}

/** A published grid as the warnings read it: its key in the draft and its households. */
interface PublishedGrid {
  key: string;
  households: number;
}

/**
 * The warnings of a publication, grids named by their published `codes` (key → code): out of the household `band`,
 * docked onto no beat, and the beats left empty.
 */
export function publicationWarnings(grids: readonly PublishedGrid[], codes: Record<string, string>, band: readonly [number, number], docking: Record<string, string>, emptiedBeats: readonly string[]) {
  const [lo, hi] = band;
  return [
    ...grids.filter((g) => g.households < lo || g.households > hi).map((g) => ({ code: 'plan_warning_out_of_band' as const, params: { grid: codes[g.key], households: g.households, min: lo, max: hi } })),
    ...grids.filter((g) => !docking[g.key]).map((g) => ({ code: 'plan_warning_no_beat' as const, params: { grid: codes[g.key] } })),
    ...emptiedBeats.map((beat) => ({ code: 'plan_warning_empty_beat' as const, params: { beat } })),
  ];
}
