import type { DosageFiguresView } from '../../../core/contracts/dosage';
import type { Rgba } from './colour-scales';

/**
 * A place's dose against the target (issue 16; the words in core/measures/glossary.ts): never visited; visited once (no
 * gap to judge); visited but with a gap over the target (2 h); or visited with every gap within it.
 */
export const dosageClasses = ['unvisited', 'once', 'gaps', 'met'] as const;
export type DosageClass = (typeof dosageClasses)[number];

/** The class of a place's figures (all staff together). */
export function classifyDosage(f: Pick<DosageFiguresView, 'visits' | 'gapsOverTarget' | 'longestGapMin'>): DosageClass {
  if (f.visits === 0) return 'unvisited';
  if (f.longestGapMin === null) return 'once';
  return f.gapsOverTarget > 0 ? 'gaps' : 'met';
}

// Red to green, readable on the light base map and the wall's dark one; colour-blind safe enough with the legend's words.
const colours: Record<DosageClass, Rgba> = {
  unvisited: [215, 48, 39, 255],
  once: [252, 141, 89, 255],
  gaps: [254, 224, 139, 255],
  met: [26, 152, 80, 255],
};

/**
 * Fill opacity of a hot cell by class: unvisited cells faint, visited ones solid. Told apart by hue alone, the visited
 * (orange) cells were lost among the many red unvisited ones over the incident heat (issue 16 screenshot).
 */
export const dosageCellFillAlpha: Record<DosageClass, number> = { unvisited: 45, once: 215, gaps: 215, met: 215 };

export function dosageColour(c: DosageClass, alpha = 255): Rgba {
  const [r, g, b] = colours[c];
  return [r, g, b, alpha];
}

/** The legend's words, Chinese first (the wall and the map share them). */
export const dosageClassWords: Record<DosageClass, { 'zh-CN': string; en: string }> = {
  unvisited: { 'zh-CN': '未到访', en: 'Not visited' },
  once: { 'zh-CN': '仅到访一次', en: 'Visited once' },
  gaps: { 'zh-CN': '间隔超 2 小时', en: 'Gap over 2 h' },
  met: { 'zh-CN': '达标（间隔 ≤ 2 小时）', en: 'Met (gaps ≤ 2 h)' },
};

// Police units sky blue, not the stations' navy (stationColour): on the wall a unit standing by its station read as one.
export const forceColours: Record<'police' | 'grid', Rgba> = { police: [33, 150, 243, 255], grid: [0, 150, 136, 255] };
