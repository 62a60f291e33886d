import type { DeckProps } from '@deck.gl/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scope } from '../../../core/contracts/auth';
import type { PatrolCandidateView, SavedPatrolRoute } from '../../../core/contracts/patrol';
import { planPatrolRoute } from '../../api/patrol-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { useBasemapStyle } from '../../map/basemap/use-basemap-style';
import { buildPatrolLayers } from '../../map/layers/patrol-layers';
import { defaultPatrolForm, effectiveMandatory, toCandidatesQuery, toPlanRequest, type PatrolForm } from './patrol-form';
import type { FormIssue } from '../../ui/form-issues';
import { patrolView, toPatrolLayerData } from './patrol-map-data';
import { describePatrolPick } from './patrol-tooltip';
import { styledTooltip } from '../../ui/tooltip-style';
import { routeFromPlan, routeFromSaved, type ShownRoute } from './shown-route';
import { usePatrolData } from './use-patrol-data';
import { useSavedRoutes } from './use-saved-routes';

export type PlanState =
  | { status: 'idle' }
  | { status: 'invalid'; issues: FormIssue[] }
  | { status: 'planning' }
  | { status: 'done' }
  | { status: 'infeasible'; message: string; stopIds: string[]; budgetMin: number }
  | { status: 'failed'; message: string };

/** The route on screen, the candidates it was planned from (none for a saved one) and the request that made it. */
interface Shown {
  route: ShownRoute;
  candidates?: PatrolCandidateView[];
  requestKey: string | null;
}

/** The form a saved route was planned with: opening it shows its terms again, ready to plan anew. */
function formOfSaved(saved: SavedPatrolRoute, route: ShownRoute): PatrolForm {
  return {
    startKind: saved.stationCode ? 'station' : 'point',
    stationCode: saved.stationCode ?? '',
    point: saved.stationCode ? null : route.start,
    windowStart: saved.window.start,
    windowEnd: saved.window.end,
    weekdays: saved.weekdays,
    mode: saved.mode,
    // Routes saved before the source was kept plan anew with a new form's.
    hotspots: route.hotspots ?? defaultPatrolForm(null).hotspots,
    budgetMin: String(saved.budgetMin),
    dwellMin: String(saved.dwellMin),
    mandatory: route.mandatory,
  };
}

/** The patrol view's state and actions: the glue between the form, the API, the pure modules and the map. */
export function usePatrolView(scope: Scope) {
  const { t } = useI18n();
  // From a station, the first of the scope once the stations are known (below).
  const [form, setForm] = useState<PatrolForm>(() => ({ ...defaultPatrolForm(null), startKind: 'station' }));
  const [picking, setPicking] = useState(false);
  const candidatesQuery = toCandidatesQuery(form);
  const data = usePatrolData(scope, candidatesQuery);
  const [plan, setPlan] = useState<PlanState>({ status: 'idle' });
  const [shown, setShown] = useState<Shown | null>(null);
  const saved = useSavedRoutes(data.reloadRoutes);

  // Without a station in the scope, a point on the map.
  const { allowedStations, placesReady } = data;
  useEffect(() => {
    if (!placesReady || form.startKind !== 'station' || form.stationCode) return;
    setForm((f) => (allowedStations.length > 0 ? { ...f, stationCode: allowedStations[0].code } : { ...f, startKind: 'point' }));
  }, [placesReady, allowedStations, form.startKind, form.stationCode]);

  const candidates = data.candidates.data?.candidates;
  const mandatory = effectiveMandatory(form.mandatory, candidates);
  const built = toPlanRequest(form, mandatory);
  const requestKey = built.ok ? JSON.stringify(built.request) : null;
  const stale = shown !== null && shown.requestKey !== null && shown.requestKey !== requestKey;

  const station = allowedStations.find((s) => s.code === form.stationCode) ?? null;
  const stationName = useCallback((code: string | null) => data.stations.find((s) => s.code === code)?.name ?? null, [data.stations]);
  const formStart = form.startKind === 'station' ? (station?.lngLat ?? null) : form.point;
  const start = shown
    ? { lngLat: shown.route.start, label: shown.route.stationCode ? (shown.route.stationName ?? shown.route.stationCode) : t('patrolPickedPoint') }
    : formStart
      ? { lngLat: formStart, label: form.startKind === 'station' ? (station?.name ?? '') : t('patrolPickedPoint') }
      : null;

  const infeasible = plan.status === 'infeasible' ? plan.stopIds : [];
  const mapCandidates = candidates ?? shown?.candidates;
  const layers = useMemo(
    () => buildPatrolLayers(toPatrolLayerData({ candidates: mapCandidates ?? [], route: shown?.route ?? null, mandatory, infeasible, start, outsideGrids: data.outsideGrids, beats: data.beatsInScope })),
    // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo -- start is rebuilt each render: its parts are the dependency.
    [mapCandidates, shown, mandatory.join(','), infeasible.join(','), start?.lngLat.join(','), start?.label, data.outsideGrids, data.beatsInScope],
  );
  const view = patrolView(shown?.route ?? null, formStart, form.mode, data.home);
  const mapStyle = useBasemapStyle(data.basemap.data, { styleUrl: data.config.data?.basemapStyleUrl });
  const getTooltip = useCallback<NonNullable<DeckProps['getTooltip']>>(
    (info) => {
      return styledTooltip(describePatrolPick(info, t));
    },
    [t],
  );
  const dataReady = data.basemap.status === 'ready' && data.placesReady && data.candidates.status !== 'loading';

  const update = (change: Partial<PatrolForm>) => setForm((f) => ({ ...f, ...change }));

  return {
    form,
    update,
    data,
    canAskCandidates: candidatesQuery !== null,
    allowedStations,
    mandatory,
    plan,
    route: shown?.route ?? null,
    routeCandidates: shown?.candidates,
    candidatesOffered: candidates?.length,
    stale,
    saved,
    picking,
    setPicking,
    mapStyle,
    layers,
    getTooltip,
    dataReady,
    view,
    stationName,
    toggleMandatory: (code: string) =>
      setForm((f) => ({ ...f, mandatory: f.mandatory.includes(code) ? f.mandatory.filter((c) => c !== code) : [...f.mandatory, code] })),
    pickPoint: (lngLat: [number, number]) => {
      setPicking(false);
      update({ startKind: 'point', point: [Number(lngLat[0].toFixed(6)), Number(lngLat[1].toFixed(6))] });
    },
    /** Plans a route from the form; true when one came back (the view then shows it). */
    generate: async (): Promise<boolean> => {
      if (!built.ok) {
        setPlan({ status: 'invalid', issues: built.issues });
        return false;
      }
      setPlan({ status: 'planning' });
      saved.resetSave();
      try {
        const outcome = await planPatrolRoute(built.request);
        if (outcome.ok) {
          setShown({ route: routeFromPlan(outcome.plan, mandatory), candidates: outcome.plan.candidates, requestKey });
          setPlan({ status: 'done' });
          return true;
        }
        setPlan({ status: 'infeasible', message: outcome.message, stopIds: outcome.stopIds, budgetMin: built.request.budgetMin });
      } catch (err) {
        setPlan({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
      return false;
    },
    saveRoute: async (name: string, assignedTo: string) => {
      if (!shown) return;
      const answer = await saved.saveRoute(shown.route, name, assignedTo);
      if (answer) setShown({ ...shown, route: { ...shown.route, saved: { id: answer.id, name: answer.name, assignedTo: answer.assignedTo, assignedName: answer.assignedName } } });
    },
    openRoute: async (id: string) => {
      const answer = await saved.openRoute(id);
      const route = answer ? routeFromSaved(answer, stationName(answer.stationCode)) : null;
      if (!answer || !route) return;
      setForm(formOfSaved(answer, route));
      setShown({ route, requestKey: null });
      setPlan({ status: 'done' });
      saved.resetSave();
    },
    deleteRoute: async (id: string) => {
      if ((await saved.deleteRoute(id)) && shown?.route.saved?.id === id) setShown({ ...shown, route: { ...shown.route, saved: null } });
    },
  };
}

export type PatrolViewModel = ReturnType<typeof usePatrolView>;
