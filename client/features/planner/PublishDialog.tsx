import { useEffect, useRef } from 'react';
import type { PlanProblem, PublishResult } from '../../../core/contracts/planner';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import type { PlanSummary } from './grid-rows';

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
};

export interface PublishDialogProps {
  state: PublishState;
  areaName: string;
  summary: PlanSummary;
  changedBuildings: number;
  onConfirm: () => void;
  onClose: () => void;
}

/** Confirms publishing, then shows the new codes or, for a 422, every reason the server refused the plan. */
export function PublishDialog({ state, areaName, summary, changedBuildings, onConfirm, onClose }: PublishDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  const busy = state.step === 'publishing';
  return (
    <dialog ref={ref} className="dialog planner-dialog" onCancel={(e) => (busy ? e.preventDefault() : onClose())} data-testid="planner-publish-dialog">
      <h3>{t('plannerPublishTitle', { area: areaName })}</h3>
      {(state.step === 'confirm' || busy) && (
        <>
          <p>{t('plannerPublishConfirm', { grids: summary.grids, changed: changedBuildings })}</p>
          {(summary.outsideBand > 0 || summary.notContiguous > 0) && (
            <p className="notice">{t('plannerPublishWarn', { outside: summary.outsideBand, pieces: summary.notContiguous })}</p>
          )}
        </>
      )}
      {state.step === 'published' && (
        <div data-testid="planner-publish-result">
          <p className="success">{t('plannerPublished', { codes: Object.keys(state.result.codes).length, grids: state.result.grids })}</p>
          {state.result.warnings.length > 0 && (
            <ul className="planner-list">
              {state.result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.step === 'refused' && (
        <div role="alert" data-testid="planner-publish-problems">
          <p className="error">{t('plannerPublishRefused', { message: state.message })}</p>
          <ul className="planner-list problems">
            {state.problems.map((p, i) => (
              <li key={i}>
                <strong>{t(problemKinds[p.kind] ?? 'plannerProblemKindOther')}</strong>：{p.message}
                {p.gridKeys?.length ? <span className="mono"> ({p.gridKeys.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'failed' && (
        <p className="error" role="alert" data-testid="planner-publish-problems">
          {t('actionFailed', { message: state.message })}
        </p>
      )}
      <div className="planner-buttons end">
        {(state.step === 'confirm' || busy) && (
          <button type="button" onClick={onConfirm} disabled={busy} data-testid="planner-publish-confirm">
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
