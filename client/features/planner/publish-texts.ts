import type { PlanProblem, PublishResult } from '../../../core/contracts/planner';
import type { Translate } from '../../i18n/messages';
import type { GridRow } from './grid-rows';

/** How many problems, or grids in a warning, the publish dialog lists before it says how many more there are. */
export const shownInDialog = 10;

/** A list cut after `shown` items with 「等（另 N 个）」. */
function cutList(t: Translate, items: readonly string[], shown = shownInDialog): string {
  return items.slice(0, shown).join(t('listSeparator')) + (items.length > shown ? t('plannerAndMore', { count: items.length - shown }) : '');
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
