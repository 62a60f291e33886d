/** The wall's design size in CSS pixels: a 16:9 stage that 1920×1080 shows 1:1 and 3840×2160 at 2×. */
export const stageSize = { widthPx: 1920, heightPx: 1080 } as const;

export interface StageFit {
  scale: number; // CSS transform scale of the stage
  offsetXPx: number; // left margin that centres the stage (letterbox), viewport pixels
  offsetYPx: number;
}

/**
 * Scales a fixed stage to fit a viewport without scrolling, keeping its aspect ratio and centring it
 * (letterbox bars where the ratios differ). Sizes in CSS pixels; a zero or negative size throws.
 */
export function fitStage(viewportWidthPx: number, viewportHeightPx: number, stage = stageSize): StageFit {
  if (!(viewportWidthPx > 0 && viewportHeightPx > 0 && stage.widthPx > 0 && stage.heightPx > 0)) {
    throw new Error(`sizes must be positive; got viewport ${viewportWidthPx}×${viewportHeightPx}`);
  }
  const scale = Math.min(viewportWidthPx / stage.widthPx, viewportHeightPx / stage.heightPx);
  return {
    scale,
    offsetXPx: (viewportWidthPx - stage.widthPx * scale) / 2,
    offsetYPx: (viewportHeightPx - stage.heightPx * scale) / 2,
  };
}
