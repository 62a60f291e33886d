import type { NamedGrid, PlanProblem, PublishPreview, PublishResult } from '../../../core/contracts/planner';
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
