import { addCheckInVisits } from './add-check-in-visits';
import { findVisits } from './find-visits';
import { indexPings } from './index-pings';
import { summariseDosage, type DosageFigures } from './summarise-dosage';
import { DEFAULT_DOSAGE_SETTINGS, type DosageCheckIn, type DosagePeriod, type DosagePing, type DosagePlace, type DosageSettings, type DosageVisit } from './types';

export interface PlaceDosage {
  placeId: string;
  /** Police and grid staff together: joint presence (警网融合) counts once. */
  all: DosageFigures;
  police: DosageFigures;
  grid: DosageFigures;
  visits: DosageVisit[];
}

/**
 * The dose of each place over the periods (shifts, or a daily window over several days): only pings and check-ins
 * inside a period count, so a visit running over a period's edge is cut there (its dwell inside the period only).
 * Visits from findVisits with hysteresis, joined by check-in-only visits (addCheckInVisits); figures by
 * summariseDosage for all staff and for police and grid staff apart. One answer a place, in the order given. Pure.
 */
export function computeDosage(input: { pings: readonly DosagePing[]; checkIns: readonly DosageCheckIn[]; places: readonly DosagePlace[]; periods: readonly DosagePeriod[] }, settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): PlaceDosage[] {
  const within = (ms: number) => input.periods.some((p) => ms >= p.startMs && ms < p.endMs);
  const pings = indexPings(input.pings.filter((p) => within(p.atMs)), settings);
  const checkIns = input.checkIns.filter((c) => within(c.atMs));
  return input.places.map((place) => {
    const visits = addCheckInVisits(findVisits(pings, place, settings), checkIns.filter((c) => c.placeId === place.id), settings);
    const figures = (force?: DosageVisit['force']) => summariseDosage(force ? visits.filter((v) => v.force === force) : visits, input.periods, settings);
    return { placeId: place.id, all: figures(), police: figures('police'), grid: figures('grid'), visits };
  });
}
