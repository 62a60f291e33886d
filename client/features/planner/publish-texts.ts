import type { NamedGrid, PlanDockingChange, PlanProblem, PublishPreview, PublishResult } from '../../../core/contracts/planner';
import type { Translate } from '../../i18n/messages';
import type { GridRow } from './grid-rows';

/** How many problems, or grids in a warning, the publish dialog lists before it says how many more there are. */
export const shownInDialog = 10;

/** A list cut after `shown` items with 「等（另 N 个）」. */
function cutList(t: Translate, items: readonly string[], shown = shownInDialog): string {
  return items.slice(0, shown).join(t('listSeparator')) + (items.length > shown ? t('plannerAndMore', { count: items.length - shown }) : '');
}

/** How the publish dialog names the grids of the plan once the server's preview is in. */
export interface PreviewGridNames {
  /** A grid key of the draft (the table's rows, the warnings): 「南滨社区第12网格（新网格 N001）」. */
  ofKey: (key: string) => string;
  /** A grid of the new plan as the preview lists it (added, successor, leaderless, shared leadership). */
  ofPlanGrid: (grid: NamedGrid) => string;
}

/**
 * Names each grid of the new plan one way in every line of the dialog: by the name publishing gives it, with the
 * draft's own name once in brackets where the two differ (a new grid's 新网格 N001, or N001 continuing an old code),
 * since that is the name the map and the table still show. A key the preview does not number keeps the draft's name.
 * Grids the plan replaces (removed, a handover's 原网格) are old grids and keep their names as the server gives them.
 * Pure.
 */
export function previewGridNames(t: Translate, preview: Pick<PublishPreview, 'codes' | 'added' | 'kept'>, gridName: (key: string) => string): PreviewGridNames {
  const keyOf = new Map(Object.entries(preview.codes).map(([key, code]) => [code, key]));
  const nameOf = new Map([...preview.added, ...preview.kept].map((g) => [g.code, g.name]));
  const ofPlanGrid = (grid: NamedGrid) => {
    const key = keyOf.get(grid.code);
    const draft = key === undefined ? grid.name : gridName(key);
    return draft === grid.name ? grid.name : t('plannerPreviewGridName', { name: grid.name, draft });
  };
  return {
    ofKey: (key) => {
      const code = preview.codes[key];
      const name = code === undefined ? undefined : nameOf.get(code);
      return name === undefined ? gridName(key) : ofPlanGrid({ code, name });
    },
    ofPlanGrid,
  };
}

/**
 * What the preview says of the outlines of the published grids (`redrawn`, `unchangedOutlines`): the grids whose outline
 * publishing redraws, by name, first, since their grid leaders know the old one; then how many keep theirs. Null when
 * the area has no published grid that the plan keeps. Pure.
 */
export function outlineText(t: Translate, preview: Pick<PublishPreview, 'redrawn' | 'unchangedOutlines'>, planGrid: (grid: NamedGrid) => string): string | null {
  const { redrawn, unchangedOutlines } = preview;
  if (redrawn.length === 0) return unchangedOutlines > 0 ? t('plannerPreviewNoneRedrawn', { count: unchangedOutlines }) : null;
  const named = t('plannerPreviewRedrawn', { count: redrawn.length, names: cutList(t, redrawn.map(planGrid)) });
  return unchangedOutlines > 0 ? named + t('plannerPreviewOutlinesKept', { count: unchangedOutlines }) : named;
}

/** How many re-docked grids the publish dialog names, a line each, before it says how many more there are. */
export const shownDockingRows = 5;

/** The grids publishing docks onto another beat, as the dialog lists them. */
export interface DockingView {
  /** 「改挂警格的网格（N）：」, N every grid of `docking`, the count that lets a plan changing only these publish. */
  heading: string;
  /** The published grids that change beat, a line each, cut to `shownDockingRows`. */
  rows: string[];
  /** 「另有 N 个网格改挂警格」 after `rows`, or null when every published grid is named. */
  more: string | null;
  /** The new grids, a line for each beat they dock onto. */
  newGrids: string[];
}

/**
 * What the preview says of `docking`: each published grid that changes beat by name, 「南滨社区第3网格：三里坪派出所第1警格 →
 * 三里坪派出所第2警格」, the first `shownDockingRows` of them; then the new grids counted by the beat they dock onto,
 * 「新网格 2 个 → 三里坪派出所第1警格」. New grids are counted, not named: the 新增 line above names every one of them, and a
 * street drawn anew would otherwise list each grid twice, pushing out the published grids whose officers lose or gain a
 * grid they know. Null when no grid changes beat. Pure.
 */
export function dockingView(t: Translate, preview: Pick<PublishPreview, 'docking' | 'added'>, planGrid: (grid: NamedGrid) => string): DockingView | null {
  const { docking } = preview;
  if (docking.length === 0) return null;
  const added = new Set(preview.added.map((g) => g.code));
  const beat = (name: string | null) => name ?? t('plannerPreviewDockingNone');
  const isNew = (d: PlanDockingChange) => d.from === null && added.has(d.grid.code);
  const published = docking.filter((d) => !isNew(d));
  const newByBeat = new Map<string, number>();
  for (const d of docking.filter(isNew)) newByBeat.set(beat(d.to), (newByBeat.get(beat(d.to)) ?? 0) + 1);
  const hidden = published.length - shownDockingRows;
  return {
    heading: t('plannerPreviewDocking', { count: docking.length }),
    rows: published.slice(0, shownDockingRows).map((d) => t('plannerPreviewDockingRow', { grid: planGrid(d.grid), from: beat(d.from), to: beat(d.to) })),
    more: hidden > 0 ? t('plannerPreviewDockingMore', { count: hidden }) : null,
    newGrids: [...newByBeat].map(([to, count]) => t('plannerPreviewDockingNew', { count, to })),
  };
}

/**
 * The dialog's warnings about the draft: the grids outside the household band and those in pieces, by name with their
 * households. The counts are of the same rows the table marks (`inBand`, `contiguous`). Pure.
 */
export function publishWarnings(t: Translate, rows: readonly GridRow[], gridName: (key: string) => string): string[] {
  const named = (picked: readonly GridRow[]) => cutList(t, picked.map((r) => t('plannerPublishWarnGrid', { name: gridName(r.key), households: r.households })));
  const outside = rows.filter((r) => !r.inBand);
  const pieces = rows.filter((r) => !r.contiguous);
  return [
    ...(outside.length ? [t('plannerPublishWarnBand', { count: outside.length, grids: named(outside) })] : []),
    ...(pieces.length ? [t('plannerPublishWarnPieces', { count: pieces.length, grids: named(pieces) })] : []),
  ];
}

/**
 * The line after publishing: the grids published and how many got a code they did not have, which is the preview's
 * 新增网格 as the server wrote it with the publication (`changes.added`); `codes` maps every grid, kept codes too.
 */
export function publishedText(t: Translate, result: PublishResult): string {
  return t('plannerPublished', { grids: result.grids, codes: result.changes.added.length });
}

/**
 * After publishing, the grids whose outline was redrawn, by name, as the server wrote them with the publication
 * (`changes.redrawn`, the preview's list): their grid leaders must be told. Null when none was. Pure.
 */
export function publishedRedrawnText(t: Translate, result: PublishResult): string | null {
  const { redrawn } = result.changes;
  return redrawn.length === 0 ? null : t('plannerPublishedRedrawn', { count: redrawn.length, names: cutList(t, redrawn.map((g) => g.name)) });
}

/** A refusal as the dialog shows it: one heading with the count, the first problems, and how many are not shown. */
export interface RefusalView {
  heading: string;
  shown: PlanProblem[];
  /** 「另有 N 个问题」, or null when every problem is shown. */
  more: string | null;
}

/**
 * Words a 422: each problem once (the server's `message` joins them all, so it is shown only when no problem came
 * with it). Pure.
 */
export function refusalView(t: Translate, message: string, problems: readonly PlanProblem[]): RefusalView {
  if (problems.length === 0) return { heading: t('plannerPublishRefusedMessage', { message }), shown: [], more: null };
  const hidden = problems.length - shownInDialog;
  return {
    heading: t('plannerPublishRefused', { count: problems.length }),
    shown: problems.slice(0, shownInDialog),
    more: hidden > 0 ? t('plannerPublishRefusedMore', { count: hidden }) : null,
  };
}
