import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import type { WorkerRun } from './use-redistrict-worker';

export interface AutoPlanPanelProps {
  bandText: [string, string];
  onBandText: (band: [string, string]) => void;
  bandValid: boolean;
  seedText: string;
  onSeedText: (seed: string) => void;
  seedValid: boolean;
  lockedCount: number;
  /** The plan's grids: when every one is locked there is nothing to redraw, and the panel says so. */
  gridCount: number;
  /** Every grid in the band and in one piece: 全部重划 would then move many buildings for nothing the rules ask. */
  compliant: boolean;
  /** A full re-plan of every unlocked grid instead of the minimal change (the default). */
  redrawAll: boolean;
  onRedrawAll: (on: boolean) => void;
  run: WorkerRun;
  onRun: () => void;
  onCancel: () => void;
  disabled: boolean;
}

/**
 * The household band, the seed, and auto-redistricting with progress and cancel: by default only the grids that
 * break a rule (and neighbours as needed); 全部重划 redraws every unlocked grid.
 */
export function AutoPlanPanel(p: AutoPlanPanelProps) {
  const { t } = useI18n();
  const running = p.run.status === 'running';
  const allLocked = p.gridCount > 0 && p.lockedCount >= p.gridCount;
  // A finished run's outcome (全部网格在户数范围内) speaks of the band it ran with: beside a band now refused it misleads.
  const finished = p.run.status === 'done' && p.bandValid ? p.run : null;
  return (
    <section className="planner-section" aria-labelledby="planner-auto-title">
      <h3 id="planner-auto-title">{t('plannerAutoTitle')}</h3>
      <div className="planner-inline">
        <label>
          {t('plannerBandMin')}
          <input type="number" min={1} step={1} value={p.bandText[0]} onChange={(e) => p.onBandText([e.target.value, p.bandText[1]])} data-testid="planner-band-min" />
        </label>
        <label>
          {t('plannerBandMax')}
          <input type="number" min={2} step={1} value={p.bandText[1]} onChange={(e) => p.onBandText([p.bandText[0], e.target.value])} data-testid="planner-band-max" />
        </label>
        <label>
          {t('plannerSeed')}
          <input type="number" min={0} step={1} value={p.seedText} onChange={(e) => p.onSeedText(e.target.value)} data-testid="planner-seed" />
        </label>
      </div>
      {!p.bandValid && <p className="error">{t('plannerBandInvalid')}</p>}
      {!p.seedValid && <p className="error">{t('plannerSeedInvalid')}</p>}
      <label className="planner-check">
        <input type="checkbox" checked={p.redrawAll} onChange={(e) => p.onRedrawAll(e.target.checked)} disabled={running} data-testid="planner-redraw-all" />
        {t('plannerAutoRedrawAll')}
      </label>
      {allLocked ? (
        <p className="view-note" data-testid="planner-auto-all-locked">
          {t('plannerAutoAllLocked', { count: p.lockedCount })}
        </p>
      ) : (
        <p className="view-note" data-testid="planner-auto-note">
          {t(autoPlanNoteKey(p.redrawAll, p.lockedCount), { count: p.lockedCount })}
          {p.redrawAll && p.compliant && <span className="planner-warning" data-testid="planner-redraw-compliant">{t('plannerAutoRedrawCompliant')}</span>}
        </p>
      )}
      <div className="planner-buttons">
        <button type="button" onClick={p.onRun} disabled={p.disabled || running || allLocked || !p.bandValid || !p.seedValid} data-testid="planner-auto">
          {t('plannerAutoRun')}
        </button>
        {running && (
          <button type="button" className="secondary" onClick={p.onCancel} data-testid="planner-cancel">
            {t('plannerAutoCancel')}
          </button>
        )}
      </div>
      {p.run.status === 'running' && (
        <div className="planner-progress">
          <progress max={p.run.total || 1} value={p.run.done} data-testid="planner-progress" />
          <span>{p.run.total ? t('plannerAutoProgress', { done: p.run.done, total: p.run.total }) : t('plannerAutoStarting')}</span>
        </div>
      )}
      {finished && finished.pieces > 0 && (
        <div className="planner-progress" data-testid="planner-progress-done">
          <progress max={finished.pieces} value={finished.pieces} data-testid="planner-progress" />
          <span>{t('plannerAutoFinished', { total: finished.pieces, seconds: finished.seconds.toFixed(1) })}</span>
        </div>
      )}
      <p
        className="planner-status"
        role="status"
        data-testid="planner-auto-status"
        data-status={p.run.status}
        data-mode={p.run.status === 'done' ? p.run.mode : undefined}
        data-redrawn={p.run.status === 'done' ? p.run.redrawn : undefined}
      >
        {finished && <DoneText run={finished} />}
        {p.run.status === 'cancelled' && t('plannerAutoCancelled')}
        {p.run.status === 'error' && <span className="error">{t('plannerAutoFailed', { message: p.run.message })}</span>}
      </p>
    </section>
  );
}

function DoneText({ run }: { run: Extract<WorkerRun, { status: 'done' }> }) {
  const { t } = useI18n();
  if (run.mode === 'minimal' && run.flagged === 0) return <>{t('plannerAutoNothing')}</>;
  const outcome = run.withinTarget ? t('plannerAutoDone') : t('plannerAutoDoneOutside');
  return <>{run.mode === 'minimal' ? `${t('plannerAutoRedrawn', { redrawn: run.redrawn, flagged: run.flagged })} ${outcome}` : outcome}</>;
}

/** What 自动划分 will do, as the panel says it: the minimal change, or a redraw of all grids but the locked ones. */
export function autoPlanNoteKey(redrawAll: boolean, lockedCount: number): MessageKey {
  if (!redrawAll) return 'plannerAutoNoteMinimal';
  return lockedCount > 0 ? 'plannerAutoNoteLocked' : 'plannerAutoNote';
}
