import { DOSAGE_MAX_DAYS } from '../../../core/contracts/dosage';
import { getDosage } from '../../api/dosage-endpoints';
import { getAnalysisProfile, getAnalysisRates, getEmerging, getForecast, getHotspots, getRepeats, toAnalysisParams } from '../../api/analysis-endpoints';
import { getBeats, getGrids, getIncidentCategories, getIncidents } from '../../api/endpoints';
import { useBasemapData, useConfig } from '../../api/hooks';
import { useResource } from '../../api/use-resource';
import type { IncidentQuery } from '../../../core/contracts/incidents';
import type { AnalysisLayerVisibility } from '../../map/layers/analysis-layers';
import { answerForPeriod } from './period-answers';
import { useLazyResource } from './use-lazy-resource';

/** The back-test and the forecast cover 5 % of the area; near repeats are pairs within 200 m and 7 days (the API's defaults). */
export const forecastCoverage = 0.05;
export const nearRepeatDistanceM = 200;
export const nearRepeatDays = 7;

export type AnalysisData = ReturnType<typeof useAnalysisData>;

/**
 * Every answer the analysis view shows, for one filter: the panels' profile and rates always; the incidents,
 * hotspots, emerging patterns, forecast and repeats only once their layer (or list) is wanted.
 * A null query (an invalid period) fetches nothing new, and every answer of the period reads as none meanwhile
 * (answerForPeriod), so no panel, layer or legend shows the last valid period's figures.
 */
export function useAnalysisData(query: IncidentQuery | null, cellM: number, visible: AnalysisLayerVisibility, wantRepeats: boolean) {
  // What the requests depend on, as text: a key that changes when, and only when, they must be asked again.
  const search = query ? JSON.stringify(toAnalysisParams(query)) : null;
  const cellSearch = search === null ? null : `${search} cell=${cellM}`;
  const [config] = useConfig();
  const [basemap] = useBasemapData();
  const [categories, retryCategories] = useResource(getIncidentCategories, []);
  const [areas, retryAreas] = useResource(async (signal) => {
    const [grids, beats] = await Promise.all([getGrids(signal), getBeats(signal)]);
    return { grids, beats };
  }, []);
  const [profile, retryProfile] = useLazyResource(true, search, (signal) => getAnalysisProfile(query!, signal));
  const [rates, retryRates] = useLazyResource(true, search, (signal) => getAnalysisRates(query!, signal));
  const [incidents, retryIncidents] = useLazyResource(visible.heatmap, search, (signal) => getIncidents(query!, signal));
  const [hotspots, retryHotspots] = useLazyResource(visible.hotspots, cellSearch, (signal) => getHotspots(query!, cellM, signal));
  const [emerging, retryEmerging] = useLazyResource(visible.emerging, cellSearch, (signal) => getEmerging(query!, cellM, signal));
  const [forecast, retryForecast] = useLazyResource(visible.forecast, cellSearch, (signal) => getForecast(query!, cellM, forecastCoverage, signal));
  // Dosage over the period's last DOSAGE_MAX_DAYS days at most (pings are not kept longer).
  const [dosage, retryDosage] = useLazyResource(visible.dosage, search, (signal) => getDosage(dosagePeriod(query!), signal).then((a) => a.places));
  const [repeats, retryRepeats] = useLazyResource(wantRepeats || visible['repeat-pairs'] || visible['repeat-locations'], search, (signal) =>
    getRepeats(query!, nearRepeatDistanceM, nearRepeatDays, signal),
  );
  return {
    config,
    basemap,
    categories,
    areas,
    profile: answerForPeriod(query, profile),
    rates: answerForPeriod(query, rates),
    incidents: answerForPeriod(query, incidents),
    hotspots: answerForPeriod(query, hotspots),
    emerging: answerForPeriod(query, emerging),
    forecast: answerForPeriod(query, forecast),
    repeats: answerForPeriod(query, repeats),
    dosage: answerForPeriod(query, dosage),
    retry: {
      categories: retryCategories,
      areas: retryAreas,
      profile: retryProfile,
      rates: retryRates,
      incidents: retryIncidents,
      hotspots: retryHotspots,
      emerging: retryEmerging,
      forecast: retryForecast,
      repeats: retryRepeats,
      dosage: retryDosage,
    },
  };
}

/** The analysis period cut to the last DOSAGE_MAX_DAYS days (the dosage API's longest). */
export function dosagePeriod(query: Pick<IncidentQuery, 'from' | 'to'>): { from: string; to: string } {
  const toMs = query.to ? Date.parse(query.to) : Date.now();
  const fromMs = Math.max(query.from ? Date.parse(query.from) : toMs - 86_400_000, toMs - DOSAGE_MAX_DAYS * 86_400_000);
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
