import type { RiskLevel } from '../../../core/contracts/disputes';
import type { Rgba } from './colour-scales';

/**
 * Colours of the 民转刑 early-warning levels (ColorBrewer "YlOrRd" ends and middle): a high-risk dispute in red,
 * medium in orange, low in pale yellow — kept apart from the household blues the grids are filled with.
 */
export const riskLevelColours: Record<RiskLevel, Rgba> = {
  high: [215, 25, 28, 255],
  medium: [253, 141, 60, 255],
  low: [254, 217, 118, 255],
};

/** Radius (px) of a dispute point by level: the high-risk ones catch the eye first. */
export const riskLevelRadiusPx: Record<RiskLevel, number> = { high: 8, medium: 6, low: 4 };

/** Drawing order of the levels, bottom first, so that a high-risk point is never hidden under a low one. */
export const riskLevelOrder: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

/** The rim of a dispute point: dark, where key places and stations have white rims. */
export const disputeRimColour: Rgba = [45, 20, 20, 255];
