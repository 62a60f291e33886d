import { useI18n } from '../../i18n/I18nProvider';
import { useViewMap } from '../../map/use-view-map';
import { SearchBox } from '../../shared/search/SearchBox';
import { useMapSearch, useWithSearchHighlight } from '../../shared/search/use-map-search';
import { AreaOverview } from './AreaOverview';
import { AreaPicker } from './AreaPicker';
import { AutoPlanPanel } from './AutoPlanPanel';
import { ComparePanel } from './ComparePanel';
import { DockingPanel } from './DockingPanel';
import { DraftsPanel } from './DraftsPanel';
import { EditPanel } from './EditPanel';
import { ExportPanel } from './ExportPanel';
import { GridTable } from './GridTable';
import { bandMiddle } from './household-band';
import { PlannerMap } from './PlannerMap';
import { PublishDialog } from './PublishDialog';
import { usePlannerView } from './use-planner-view';

/**
 * 网格规划: pick a street or community, see its published grids, redraw them (auto-redistricting in a worker, hand
 * edits with undo), check the measures and the beat docking, compare with the published plan, save, export, publish.
 */
// Rows come from the area's units, which carry the names too; this is only their stand-in for the one render between.
const keyAsName = (key: string) => key;

/** `username`: the signed-in planner, whose own drafts are saved over without asking and others' with a question. */
export function PlannerView({ username }: { username: string }) {
  const { t } = useI18n();
  const v = usePlannerView(username);
  const { data, editor, derived } = v;
  const { pu, units } = data;
  const state = editor.state;
  const gridName = v.names?.grid ?? keyAsName;
  const ready = pu !== null && units !== null && state !== null;
  const busy = v.running || v.publish?.step === 'publishing';
  // The map is replaced with each area: each new one is handed over by onMap, and the search moves the one shown.
  const viewMap = useViewMap();
  const search = useMapSearch(viewMap);
  const layers = useWithSearchHighlight(v.layers, search.chosen);

  return (
    <section className="planner" data-testid="planner-view" data-ready={ready}>
      <div className="planner-toolbar">
        <h2>{t('plannerTitle')}</h2>
        <AreaPicker areas={data.areas.data} value={data.choice} onChange={v.chooseArea} disabled={busy} />
        {ready && <SearchBox onChoose={search.choose} testId="planner-search" className="planner-search" />}
        {ready && (
          <p className="planner-summary" data-testid="planner-summary" data-grids={derived.summary.grids} data-offending={derived.rows.filter((r) => r.offending).length}>
            {t('plannerSummary', { area: units.area.name, grids: derived.summary.grids, buildings: pu.units.length })}{' '}
            <span className={derived.summary.outsideBand ? 'bad' : 'good'}>{t('plannerSummaryBand', { count: derived.summary.outsideBand })}</span>{' '}
            <span className={derived.summary.notContiguous ? 'bad' : 'good'}>{t('plannerSummaryPieces', { count: derived.summary.notContiguous })}</span>
          </p>
        )}
        <span className="spacer" />
        {/* One group, so a narrow window moves 撤销 and 重做 to the next line together, never 重做 alone. */}
        <span className="planner-history">
          <button type="button" className="secondary" onClick={editor.undo} disabled={!editor.canUndo || busy} data-testid="planner-undo">
            {t('plannerUndo')}
          </button>
          <button type="button" className="secondary" onClick={editor.redo} disabled={!editor.canRedo || busy} data-testid="planner-redo">
            {t('plannerRedo')}
          </button>
        </span>
      </div>
      {data.areas.status === 'error' && <p className="error planner-message">{t('loadFailed', { message: data.areas.error.message })}</p>}
      {data.unitsError && <p className="error planner-message">{t('loadFailed', { message: data.unitsError.message })}</p>}
      {!data.choice && (data.areas.data ? <AreaOverview areas={data.areas.data} onOpen={data.setChoice} disabled={busy} /> : <p className="planner-message view-note">{t('plannerPickAreaNote')}</p>)}
      {data.choice && !ready && !data.unitsError && <p className="planner-message view-note">{t('loading')}</p>}
      {ready && (
        <>
          <PlannerMap
            areaKey={units.area.code}
            mapStyle={v.mapStyle}
            layers={layers}
            dataReady={ready}
            fitBounds={v.fitBounds}
            onZoomEnd={v.onZoomEnd}
            onMap={viewMap.onMap}
            mode={v.mode}
            onMode={v.setMode}
            showBeats={v.showBeats}
            onShowBeats={v.setShowBeats}
            onLasso={editor.lasso}
          />
          <div className="planner-table-wrap">
            <GridTable
              rows={derived.rows}
              communityNames={v.communityNames}
              gridName={gridName}
              middle={bandMiddle(v.band)}
              selectedGrid={editor.selectedGrid}
              onSelectGrid={editor.selectGrid}
              onLock={editor.setLocked}
              disabled={busy}
            />
          </div>
          <aside className="planner-side">
            {v.reopenNote && <p className="notice">{v.reopenNote}</p>}
            <AutoPlanPanel
              bandText={v.bandText}
              onBandText={v.setBandText}
              bandValid={v.bandValid}
              seedText={v.seedText}
              onSeedText={v.setSeedText}
              seedValid={v.seed !== null}
              lockedCount={state.locked.size}
              gridCount={derived.summary.grids}
              compliant={derived.summary.grids > 0 && derived.summary.outsideBand === 0 && derived.summary.notContiguous === 0}
              redrawAll={v.redrawAll}
              onRedrawAll={v.setRedrawAll}
              run={v.worker.run}
              onRun={v.runAuto}
              onCancel={v.worker.cancel}
              disabled={busy}
            />
            <EditPanel pu={pu} editor={editor} gridName={gridName} communityNames={v.communityNames} seed={v.seed ?? 1} targetMode={v.mode === 'target'} onTargetMode={(on) => v.setMode(on ? 'target' : 'pick')} disabled={busy} />
            {derived.diff && v.names && (
              <ComparePanel
                pu={pu}
                diff={derived.diff}
                assignment={state.assignment}
                names={v.names}
                gridCount={derived.summary.grids}
                publishedGridCount={new Set(pu.published.values()).size}
                showDiff={v.showDiff}
                onShowDiff={v.setShowDiff}
                onPick={(code) => editor.pick(code, 'replace')}
              />
            )}
            {derived.docking && v.names && (
              <DockingPanel report={derived.docking} names={v.names} accepted={state.docking} onAccept={() => editor.acceptDocking(derived.docking!.proposal)} disabled={busy} />
            )}
            <DraftsPanel
              name={v.draftName}
              onName={v.setName}
              draftId={v.drafts.draftId}
              dirty={v.dirty}
              status={v.drafts.status}
              list={v.drafts.list}
              onSave={v.save}
              onPublish={v.askPublish}
              onOpen={v.openDraft}
              onNew={v.newDraft}
              username={username}
              disabled={busy}
            />
            <ExportPanel onExportGeojson={v.files.exportGeojson} onExportCsv={v.files.exportCsv} onImport={v.files.importText} names={v.files.names} disabled={busy} />
          </aside>
        </>
      )}
      {v.publish && ready && (
        <PublishDialog
          state={v.publish}
          areaName={units.area.name}
          rows={derived.rows}
          gridName={gridName}
          loadPreview={v.previewPublish}
          onConfirm={v.confirmPublish}
          onClose={v.closePublish}
        />
      )}
    </section>
  );
}
