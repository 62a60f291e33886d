import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { editChoices } from './edit-choices';
import { mergeKeeper } from './plan-state';
import type { PlanUnits } from './plan-units';
import type { PlanEditor } from './use-plan-editor';

export interface EditPanelProps {
  pu: PlanUnits;
  editor: PlanEditor;
  /** A grid as the table names it (planner-names.ts): "南滨社区第1网格", "新网格 N001". */
  gridName: (key: string) => string;
  /** Community code → name (玉坪社区), from the area's units. */
  communityNames: ReadonlyMap<string, string>;
  seed: number;
  targetMode: boolean;
  onTargetMode: (on: boolean) => void;
  disabled: boolean;
}

/** Hand edits: move the selected compounds to a grid, split, merge and lock the grid picked in the table. */
export function EditPanel({ pu, editor, gridName, communityNames, seed, targetMode, onTargetMode, disabled }: EditPanelProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const state = editor.state!;
  const selection = editor.selection;
  const grid = editor.selectedGrid && [...state.assignment.values()].includes(editor.selectedGrid) ? editor.selectedGrid : null;
  // The area's units list every community its buildings lie in; the code is only the stand-in for one missing.
  const choices = editChoices(t, pu, state, selection, grid, { grid: gridName, community: (code) => communityNames.get(code) ?? code });
  const targets = choices.moveTargets.map((g) => g.key);
  const partners = choices.mergePartners.map((g) => g.key);
  const problem = editor.problem;
  // A selection across communities can go into no grid, a new one included: the moves are off and say why.
  const cannotMove = disabled || !selection.length || choices.moveRefusal !== null;

  return (
    <section className="planner-section" aria-labelledby="planner-edit-title">
      <h3 id="planner-edit-title">{t('plannerEditTitle')}</h3>
      <p className="view-note">{t('plannerEditHint')}</p>
      <p data-testid="planner-selection" data-count={selection.length}>
        {choices.selectionText}
      </p>
      <div className="planner-inline">
        <label>
          {t('plannerMoveTo')}
          <select value={targets.includes(target) ? target : ''} onChange={(e) => setTarget(e.target.value)} disabled={cannotMove} data-testid="planner-move-target">
            <option value="">{t('plannerPickGrid')}</option>
            {choices.moveTargets.map((g) => (
              <option key={g.key} value={g.key}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {choices.moveRefusal && (
        <p className="notice" role="status" data-testid="planner-move-refusal">
          {choices.moveRefusal}
        </p>
      )}
      <div className="planner-buttons">
        <button type="button" disabled={cannotMove || !targets.includes(target)} onClick={() => editor.moveSelection(target)} data-testid="planner-move">
          {t('plannerMove')}
        </button>
        <button type="button" className="secondary" disabled={cannotMove} onClick={editor.moveSelectionToNewGrid} data-testid="planner-move-new">
          {t('plannerMoveNew')}
        </button>
        <button
          type="button"
          className={targetMode ? 'secondary active' : 'secondary'}
          aria-pressed={targetMode}
          disabled={cannotMove}
          onClick={() => onTargetMode(!targetMode)}
          data-testid="planner-move-pick"
        >
          {t('plannerMovePick')}
        </button>
        <button type="button" className="secondary" disabled={!selection.length} onClick={editor.clearSelection}>
          {t('plannerClearSelection')}
        </button>
      </div>
      <h4 data-testid="planner-grid-title">{grid ? t('plannerGridTitle', { name: gridName(grid) }) : t('plannerGridNone')}</h4>
      {grid && (
        <>
          <div className="planner-buttons">
            <button type="button" disabled={disabled} onClick={() => editor.split(grid, seed)} data-testid="planner-split">
              {t('plannerSplit')}
            </button>
            <button type="button" className="secondary" disabled={disabled} onClick={() => editor.setLocked(grid, !state.locked.has(grid))} data-testid="planner-lock">
              {state.locked.has(grid) ? t('plannerUnlock') : t('plannerLock')}
            </button>
          </div>
          <div className="planner-inline">
            <label>
              {t('plannerMergeWith')}
              <select value={partners.includes(mergeWith) ? mergeWith : ''} onChange={(e) => setMergeWith(e.target.value)} disabled={disabled || !partners.length} data-testid="planner-merge-target">
                <option value="">{partners.length ? t('plannerPickGrid') : t('plannerNoPartners')}</option>
                {choices.mergePartners.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={disabled || !partners.includes(mergeWith)} onClick={() => editor.merge(grid, mergeWith)} data-testid="planner-merge">
              {t('plannerMerge')}
            </button>
          </div>
          {partners.includes(mergeWith) && (
            // Said before the merge: the grid that goes is retired for good once published (codes are not reused).
            <p className="view-note" data-testid="planner-merge-keeps">
              {t('plannerMergeKeeps', { kept: gridName(mergeKeeper(pu, state, grid, mergeWith)), gone: gridName(mergeKeeper(pu, state, grid, mergeWith) === grid ? mergeWith : grid) })}
            </p>
          )}
        </>
      )}
      {problem && (
        <p className="error" role="alert" data-testid="planner-edit-problem">
          {'key' in problem ? t(problem.key) : t('plannerAlgorithmProblem', { message: problem.text })}
        </p>
      )}
    </section>
  );
}
