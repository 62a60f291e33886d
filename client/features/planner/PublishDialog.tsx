import { useEffect, useRef, useState } from 'react';
import type { PlanProblem, PublishResult } from '../../../core/contracts/planner';
import type { PreviewOutcome } from '../../api/planner-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import type { GridRow } from './grid-rows';
import { PublishPreviewPanel } from './PublishPreviewPanel';
import { previewGridNames, publishedRedrawnText, publishedText, publishWarnings, refusalView } from './publish-texts';

export type PublishState =
  | { step: 'confirm' }
  | { step: 'publishing' }
  | { step: 'published'; result: PublishResult }
  | { step: 'refused'; message: string; problems: PlanProblem[] }
  | { step: 'failed'; message: string };

const problemKinds: Record<PlanProblem['kind'], MessageKey> = {
  coverage: 'plannerProblemKindCoverage',
  community: 'plannerProblemKindCommunity',
  compound: 'plannerProblemKindCompound',
  contiguity: 'plannerProblemKindContiguity',
  geometry: 'plannerProblemKindGeometry',
  overlap: 'plannerProblemKindOverlap',
  gap: 'plannerProblemKindGap',
  building: 'plannerProblemKindBuilding',
  docking: 'plannerProblemKindDocking',
  handover: 'plannerProblemKindHandover',
};

type PreviewState = { step: 'loading' } | { step: 'ready'; outcome: PreviewOutcome } | { step: 'failed'; message: string };

export interface PublishDialogProps {
  state: PublishState;
  areaName: string;
  /** The draft's table rows: the grids outside the band or in pieces are named above the button. */
  rows: readonly GridRow[];
  /** A grid as the planner names it (planner-names.ts). */
  gridName: (key: string) => string;
  /** What publishing would change, as the server computes it; asked once when the dialog opens. */
  loadPreview: () => Promise<PreviewOutcome>;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Shows what publishing changes (the server's preview) above the button, confirms publishing, then shows the new
 * codes or, for a 422, every reason the server refused the plan. A plan the preview finds invalid, or one that leaves
 * people without a successor grid, cannot be confirmed.
 */
export function PublishDialog({ state, areaName, rows, gridName, loadPreview, onConfirm, onClose }: PublishDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<PreviewState>({ step: 'loading' });
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
    let live = true;
    loadPreview().then(
      (outcome) => live && setPreview({ step: 'ready', outcome }),
      (err: unknown) => live && setPreview({ step: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Asked once: the dialog is modal, so the plan cannot change while it is open.
  }, []);
  const busy = state.step === 'publishing';
  // Once the preview is in, the warnings name a new grid as the preview does: its final name, its draft label beside it.
  const gridNames = preview.step === 'ready' && preview.outcome.ok ? previewGridNames(t, preview.outcome.preview, gridName) : null;
  const warnings = publishWarnings(t, rows, gridNames?.ofKey ?? gridName);
  const redrawnAfter = state.step === 'published' ? publishedRedrawnText(t, state.result) : null;
  const blocked = preview.step === 'loading' || (preview.step === 'ready' && (!preview.outcome.ok || preview.outcome.preview.undecided.length > 0));
  return (
    <dialog ref={ref} className="dialog planner-dialog" onCancel={(e) => (busy ? e.preventDefault() : onClose())} data-testid="planner-publish-dialog">
      <h3>{t('plannerPublishTitle', { area: areaName })}</h3>
      {(state.step === 'confirm' || busy) && (
        <>
          <p>{t('plannerPublishConfirm', { grids: rows.length })}</p>
          {warnings.map((w) => (
            <p key={w} className="notice" data-testid="planner-publish-warning">
              {w}
            </p>
          ))}
          {preview.step === 'loading' && <p className="muted">{t('plannerPreviewLoading')}</p>}
          {preview.step === 'failed' && <p className="error">{t('plannerPreviewFailed', { message: preview.message })}</p>}
          {preview.step === 'ready' && preview.outcome.ok && gridNames && <PublishPreviewPanel preview={preview.outcome.preview} gridNames={gridNames} />}
          {preview.step === 'ready' && !preview.outcome.ok && <ProblemList message={preview.outcome.message} problems={preview.outcome.problems} />}
        </>
      )}
      {state.step === 'published' && (
        <div data-testid="planner-publish-result">
          <p className="success">{publishedText(t, state.result)}</p>
          {state.result.changes.added.length > 0 && <p className="muted">{t('plannerPreviewAdded', { names: state.result.changes.added.map((g) => g.name).join(t('listSeparator')) })}</p>}
          {redrawnAfter && (
            <p className="muted" data-testid="planner-publish-redrawn">
              {redrawnAfter}
            </p>
          )}
          {state.result.warnings.length > 0 && (
            <ul className="planner-list">
              {state.result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.step === 'refused' && <ProblemList message={state.message} problems={state.problems} />}
      {state.step === 'failed' && (
        <p className="error" role="alert" data-testid="planner-publish-problems">
          {t('actionFailed', { message: state.message })}
        </p>
      )}
      <div className="planner-buttons end">
        {(state.step === 'confirm' || busy) && (
          <button type="button" onClick={onConfirm} disabled={busy || blocked} data-testid="planner-publish-confirm">
            {busy ? t('plannerPublishing') : t('plannerPublishNow')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose} disabled={busy} data-testid="planner-publish-close">
          {state.step === 'confirm' ? t('plannerCancel') : t('close')}
        </button>
      </div>
    </dialog>
  );
}

function ProblemList({ message, problems }: { message: string; problems: PlanProblem[] }) {
  const { t } = useI18n();
  const view = refusalView(t, message, problems);
  return (
    <div role="alert" data-testid="planner-publish-problems" data-count={problems.length}>
      <p className="error">{view.heading}</p>
      <ul className="planner-list problems">
        {view.shown.map((p, i) => (
          // The server's sentence names the grids; their codes stay in the title for whoever needs them.
          <li key={i} title={p.gridKeys?.length ? p.gridKeys.join(', ') : undefined}>
            <strong>{t(problemKinds[p.kind] ?? 'plannerProblemKindOther')}</strong>：{p.message}
          </li>
        ))}
      </ul>
      {view.more && <p className="muted">{view.more}</p>}
    </div>
  );
}
