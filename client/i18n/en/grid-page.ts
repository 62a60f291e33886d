import type { gridPage as zh } from '../zh-CN/grid-page';

/** Interface strings in English: the grid page (网格页). The type asks for exactly the Chinese keys. */
export const gridPage: Record<keyof typeof zh, string> = {
  gpBandBelow: 'fewer households than the plan’s band of {min}–{max}',
  gpBandAbove: 'more households than the plan’s band of {min}–{max}',
  gpFacts: '{households} households · {residents} residents · beat {beat}',
  gpNotFound: 'There is no grid {code}: the address is wrong, or the grid was retired by a new plan.',
  gpBackToMap: 'Back to the map',
  gpGrades: 'Leader\'s grades by round',
  gpGradeRank: 'rank {rank}',
  gpNoGrades: 'No grades yet.',
  gpFreshness: 'Verified (within 90 days)',
  gpDisputes: '{open} open disputes · {high} high risk · {overdue} overdue',
  gpDisputesOpen: 'Show in the disputes list',
  gpNoDisputes: 'No open dispute.',
  gpIncidents: '{total} incidents in {days} days, by category',
  gpPeople: 'People',
  gpWork: 'Work in the last 12 months',
  gpMeetings: 'Meetings and talks',
  gpNoMeetings: 'No meetings recorded.',
};
