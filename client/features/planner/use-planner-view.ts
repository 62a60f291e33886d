import { bbox, multiPoint } from '@turf/turf';
import { localDateKey } from '../../../core/time';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useBasemapData, useConfig } from '../../api/hooks';
import { previewPlanPublish } from '../../api/planner-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { useBasemapStyle } from '../../map/basemap/use-basemap-style';
import { declutterLabels } from '../../map/layers/declutter-labels';
import { labelPoints } from '../../map/layers/label-points';
import { plannerCommunityLabelSizePx } from '../../map/layers/planner-community-layer';
import { buildPlannerLayers } from '../../map/layers/planner-layers';
import type { PickModifiers } from '../../map/layers/planner-territory-layer';
import { autoPlanInput } from './auto-plan';
import { reopenDraft, toDraftInput } from './draft-io';
import { defaultBand, parseBand, parseSeed, type HouseholdBand } from './household-band';
import type { MapMode } from './PlannerMap';
import { gridLabelTexts, placeGridLabels } from './place-grid-labels';
import { gridCollection, gridLabels } from './planner-map-data';
import { plannerNames } from './planner-names';
import type { PlanState } from './plan-state';
import type { PublishState } from './PublishDialog';
import { usePlanDerived } from './use-plan-derived';
import { usePlanDrafts } from './use-plan-drafts';
import { usePlanEditor } from './use-plan-editor';
import { usePlannerData } from './use-planner-data';
import { findNewerPublish } from './stale-draft';
import { useDiscardGuard } from './use-discard-guard';
import { useRedistrictWorker } from './use-redistrict-worker';
import { usePlannerFiles } from './use-planner-files';

/** The planner page's state and actions: the glue between the pure modules, the API, the worker and the map. */
export function usePlannerView(username: string) {
  const { t, formatDateTime } = useI18n();
  const data = usePlannerData();
  const { pu, units } = data;
  const editor = usePlanEditor(pu);
  const state = editor.state;
  const [bandText, setBandText] = useState<[string, string]>([String(defaultBand[0]), String(defaultBand[1])]);
  const lastBand = useRef<HouseholdBand>(defaultBand);
  const parsedBand = parseBand(bandText[0], bandText[1]);
  if (parsedBand && (parsedBand[0] !== lastBand.current[0] || parsedBand[1] !== lastBand.current[1])) lastBand.current = parsedBand;
  const band = lastBand.current; // a half-typed band keeps the last whole one
  const [seedText, setSeedText] = useState('1');
  const [redrawAll, setRedrawAll] = useState(false);
  const seed = parseSeed(seedText);
  const derived = usePlanDerived(units, pu, state, band);
  const worker = useRedistrictWorker(editor.applyAutoPlan);
  const drafts = usePlanDrafts(units?.area.code ?? null);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<MapMode>('pick');
  const [showDiff, setShowDiff] = useState(true);
  const [showBeats, setShowBeats] = useState(false);
  const [publish, setPublish] = useState<PublishState | null>(null);
  const [saved, setSaved] = useState<{ pu: typeof pu; state: PlanState } | null>(null);
  const [reopenNote, setReopenNote] = useState<string | null>(null);
  const running = worker.run.status === 'running';

  const [config] = useConfig();
  const [basemap] = useBasemapData();
  const mapStyle = useBasemapStyle(basemap.data, { styleUrl: config.data?.basemapStyleUrl });
  // Fitted to the buildings, not their territories: a community's edge territories reach far into empty land.
  const fitBounds = useMemo(
    () => (units && units.units.features.length ? (bbox(multiPoint(units.units.features.map((f) => f.properties.position))) as [number, number, number, number]) : undefined),
    [units],
  );
  // Labels are placed for the zoom, in quarter steps so that a small zoom does not rebuild them.
  const [labelZoom, setLabelZoom] = useState(14);
  const onZoomEnd = useCallback((zoom: number) => setLabelZoom(Math.round(zoom * 4) / 4), []);
  const labelCandidates = useMemo(() => {
    if (!pu || !state) return [];
    return gridLabels(pu, state.assignment, derived.rows, (r) => gridLabelTexts(r.key, r.households, t));
  }, [pu, state, derived.rows, t]);

  // A street's communities are outlined and named: its grid labels shrink to bare numbers, which count per community.
  const communityLabels = useMemo(() => {
    const communities = units?.communities;
    if (!communities || communities.features.length < 2) return null;
    const labels = declutterLabels(labelPoints(communities, 'community', (p) => p.name), labelZoom, { street: plannerCommunityLabelSizePx, community: plannerCommunityLabelSizePx });
    return { communities, labels };
  }, [units, labelZoom]);

  // The map's click handler is read through a ref: the layers keep one function and are not rebuilt on every render.
  const pickRef = useRef<(code: string, m: PickModifiers) => void>(() => {});
  pickRef.current = (code, m) => {
    if (mode === 'target') {
      const key = state?.assignment.get(code);
      if (key) editor.moveSelection(key);
      setMode('pick');
    } else editor.pick(code, m.shift ? 'add' : m.toggle ? 'toggle' : 'replace');
  };
  const onPick = useCallback((code: string, m: PickModifiers) => pickRef.current(code, m), []);

  const selected = useMemo(() => new Set(editor.selection), [editor.selection]);
  const buildings = useMemo(() => (units ? units.units.features.map((f) => f.properties) : []), [units]);
  const layers = useMemo(() => {
    if (!units || !pu || !state) return [];
    return buildPlannerLayers({
      territories: units.units,
      buildings,
      assignment: state.assignment,
      colours: derived.colours,
      grids: gridCollection(derived.outlines, derived.rows, editor.selectedGrid),
      labels: placeGridLabels(labelCandidates, labelZoom, undefined, undefined, communityLabels?.labels.map((l) => ({ ...l, sizePx: plannerCommunityLabelSizePx })) ?? []),
      communities: communityLabels,
      changed: derived.changed,
      beats: units.beats,
      selected,
      showDiff,
      showBeats,
      onPick,
    });
  }, [units, pu, state, buildings, derived, editor.selectedGrid, selected, showDiff, showBeats, onPick, labelCandidates, labelZoom, communityLabels]);

  const names = useMemo(() => (units ? plannerNames(units, (key) => t('plannerDraftGridName', { key })) : null), [units, t]);
  const communityNames = useMemo(
    () => new Map((units?.communities.features ?? []).map((f) => [f.properties.code, f.properties.name])),
    [units],
  );
  const dirty = state !== null && (saved && saved.pu === pu ? saved.state !== state : editor.canUndo);
  const unlessDiscardRefused = useDiscardGuard(dirty, t('plannerDiscardConfirm'));
  const draftName = name || (units ? t('plannerDefaultName', { area: units.area.name, date: localDateKey(Date.now()) }) : '');
  const input = () => toDraftInput(draftName, units!.area, band, state!);
  const placeNames = useMemo(() => (names ? { grid: names.grid, beat: names.beat, community: (code: string) => communityNames.get(code) ?? code } : null), [names, communityNames]);
  const files = usePlannerFiles({ pu, state, rows: derived.rows, outlines: derived.outlines, areaName: units?.area.name ?? '', placeNames, t, onImported: editor.replace });

  return {
    data, editor, derived, worker, drafts, files,
    bandText, setBandText, bandValid: parsedBand !== null, band, seedText, setSeedText, seed, redrawAll, setRedrawAll,
    mode, setMode, showDiff, setShowDiff, showBeats, setShowBeats,
    mapStyle, fitBounds, onZoomEnd, layers, names, communityNames, dirty, draftName, setName, running, publish, reopenNote,
    runAuto: () => {
      if (!pu || !state || seed === null || !parsedBand) return;
      const { units: free, adjacency, current } = autoPlanInput(pu, state);
      if (free.length > 0) worker.start({ units: free, adjacency, current, band: parsedBand, seed, mode: redrawAll ? 'all' : 'minimal' });
    },
    save: async () => {
      if (!units || !state) return;
      // Saving writes over the open draft: another planner's is asked about first (their work would be replaced).
      const open = drafts.list.data?.find((d) => d.id === drafts.draftId);
      if (open?.createdBy && open.createdBy !== username && !window.confirm(t('plannerSaveOverOthers', { user: open.createdByName ?? open.createdBy }))) return;
      if (await drafts.save(input())) setSaved({ pu, state });
    },
    /** Another area, asked about first when the plan has unsaved edits (they would be lost). */
    chooseArea: unlessDiscardRefused(data.setChoice),
    openDraft: unlessDiscardRefused(async (id: string) => {
      if (!pu) return;
      try {
        const draft = await drafts.open(id);
        const reopened = reopenDraft(pu, draft);
        editor.reset(reopened.state);
        setBandText([String(reopened.band[0]), String(reopened.band[1])]);
        setName(draft.status === 'draft' ? draft.name : t('plannerCopyName', { name: draft.name }));
        setSaved(draft.status === 'draft' ? { pu, state: reopened.state } : null);
        const newer = findNewerPublish(draft, drafts.list.data ?? []);
        const notes = [
          ...(reopened.missing.length || reopened.unknown.length ? [t('plannerReopenNote', { missing: reopened.missing.length, unknown: reopened.unknown.length })] : []),
          ...(newer ? [t('plannerDraftOlderThanPublish', { name: newer.name, time: formatDateTime(newer.publishedAt!) })] : []),
        ];
        setReopenNote(notes.length ? notes.join(' ') : null);
      } catch (err) {
        setReopenNote(t('loadFailed', { message: err instanceof Error ? err.message : String(err) }));
      }
    }),
    newDraft: () => {
      drafts.startNew();
      setName('');
      setSaved(null);
    },
    askPublish: () => setPublish({ step: 'confirm' }),
    // The dialog shows what publishing would change before its button.
    previewPublish: () => previewPlanPublish(input()),
    closePublish: () => setPublish(null),
    confirmPublish: async () => {
      if (!units || !state) return;
      setPublish({ step: 'publishing' });
      try {
        const outcome = await drafts.publish(input());
        if (outcome.ok) {
          setPublish({ step: 'published', result: outcome.result });
          setName('');
          data.reload(); // the new published plan: the editor starts again from it
        } else setPublish({ step: 'refused', message: outcome.message, problems: outcome.problems });
      } catch (err) {
        setPublish({ step: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    },
  };
}

export type PlannerViewModel = ReturnType<typeof usePlannerView>;
