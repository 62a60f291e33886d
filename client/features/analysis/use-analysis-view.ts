import type { DeckProps } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_CELL_SIZE_M } from '../../../core/hotspots/default-cell-size';
import { useI18n } from '../../i18n/I18nProvider';
import { useBasemapStyle } from '../../map/basemap/use-basemap-style';
import { splitByScope } from '../../map/layers/scope-split';
import { buildAnalysisLayers, defaultAnalysisVisibility, type AnalysisLayerKey } from '../../map/layers/analysis-layers';
import { filterFromUrlSearch, filterToUrlSearch, periodDays, rangeProblem, toIncidentQuery, type AnalysisFilter } from './analysis-filter';
import { describeAnalysisPick } from './analysis-tooltip';
import { describeDosagePick } from '../../shared/dosage-tooltip';
import type { ListTab } from './list-export';
import type { Picked } from './ListsPanel';
import { useAnalysisData } from './use-analysis-data';
import { usePlayback } from './use-playback';
import { styledTooltip } from '../../ui/tooltip-style';

export type AnalysisViewState = ReturnType<typeof useAnalysisView>;

/**
 * The analysis view's state: the filter (kept in the URL while the view is shown), the layers switched on, the
 * cell size, the list tab and its selection; and what is derived from them: answers, playback, map layers.
 */
export function useAnalysisView(active: boolean) {
  const { t, language, formatDateTime } = useI18n();
  const [filter, setFilter] = useState<AnalysisFilter>(() => filterFromUrlSearch(window.location.search));
  // "Now" is read when the filter changes, not on every render: a new instant each time would refetch without end.
  const query = useMemo(() => toIncidentQuery(filter, new Date()), [filter]);
  const problem = useMemo(() => rangeProblem(filter, new Date()), [filter]);
  const [visible, setVisible] = useState(defaultAnalysisVisibility);
  const [cellM, setCellM] = useState(DEFAULT_CELL_SIZE_M);
  const [tab, setTab] = useState<ListTab>('grids');
  const [picked, setPicked] = useState<Picked | null>(null);
  // The map's zoom after each move: the forecast's rank labels are placed for it.
  const [zoom, setZoom] = useState(12.5);
  const data = useAnalysisData(query, cellM, visible, tab === 'places' || tab === 'pairs');
  const period = useMemo(() => (query?.from && query.to ? { fromMs: Date.parse(query.from), toMs: Date.parse(query.to) } : null), [query]);
  // Without a valid period there are no incidents to play (answerForPeriod), not the last period's.
  const playback = usePlayback(data.incidents.data, period, active);

  useEffect(() => {
    if (!active) return;
    const search = filterToUrlSearch(filter);
    const url = window.location.pathname + (search ? `?${search}` : '');
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [active, filter]);

  const toggleLayer = useCallback((key: AnalysisLayerKey) => setVisible((v) => ({ ...v, [key]: !v[key] })), []);
  const mapStyle = useBasemapStyle(data.basemap.data, { styleUrl: data.config.data?.basemapStyleUrl });
  // Opens on the user's jurisdiction (an officer's beat, not the whole city); the grids outside it are faded.
  const grids = useMemo(() => data.areas.data && splitByScope(data.areas.data.grids), [data.areas.data]);
  const beats = useMemo(() => data.areas.data && splitByScope(data.areas.data.beats).inside, [data.areas.data]);
  const gridBounds = useMemo(() => {
    const inside = grids?.inside;
    return inside && inside.features.length > 0 ? (bbox(inside) as [number, number, number, number]) : undefined;
  }, [grids]);
  const layers = useMemo(
    () =>
      buildAnalysisLayers(
        {
          heat: playback.points,
          hotspots: data.hotspots.data ?? undefined,
          emerging: data.emerging.data ?? undefined,
          forecast: data.forecast.data ?? undefined,
          repeats: data.repeats.data ?? undefined,
          dosage: data.dosage.data ?? undefined,
          beats,
          outsideGrids: grids?.outside,
          // A row picked from the last valid period's lists is no row of an invalid period's (they list nothing).
          selection: query ? (picked?.feature ?? null) : null,
          zoom,
        },
        visible,
      ),
    [playback.points, data.hotspots.data, data.emerging.data, data.forecast.data, data.repeats.data, data.dosage.data, beats, grids, picked, query, visible, zoom],
  );
  const categoryNames = useMemo(
    () => new Map((data.categories.data ?? []).map((c) => [c.code, language === 'en' ? c.nameEn : c.nameZh])),
    [data.categories.data, language],
  );
  const nameOf = useCallback((code: string) => categoryNames.get(code) ?? code, [categoryNames]);
  const getTooltip = useCallback<NonNullable<DeckProps['getTooltip']>>(
    (info) => {
      const text = describeAnalysisPick(info, t, nameOf, formatDateTime) ?? describeDosagePick(info, t);
      return styledTooltip(text);
    },
    [t, nameOf, formatDateTime],
  );
  // The map is "ready" (for tests, and the loading note) once the basemap and every switched-on layer's data are in.
  const layerResources = { heatmap: data.incidents, hotspots: data.hotspots, emerging: data.emerging, forecast: data.forecast, 'repeat-pairs': data.repeats, 'repeat-locations': data.repeats };
  const dataReady =
    data.basemap.status === 'ready' &&
    data.areas.status !== 'loading' &&
    Object.entries(layerResources).every(([key, r]) => !visible[key as AnalysisLayerKey] || r.status !== 'loading');

  return {
    filter,
    setFilter,
    query,
    rangeProblem: problem,
    /** False while the period is invalid: every answer of the period is then none (answerForPeriod), and panels say why. */
    periodValid: query !== null,
    days: periodDays(query?.from && query.to ? { from: query.from, to: query.to } : null),
    visible,
    toggleLayer,
    cellM,
    setCellM,
    tab,
    setTab,
    picked,
    setPicked,
    data,
    playback,
    mapStyle,
    gridBounds,
    setZoom,
    layers,
    nameOf,
    getTooltip,
    dataReady,
  };
}
