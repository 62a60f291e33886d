import { createContext, useContext } from 'react';

/** The stage's current CSS scale (1 at 1920×1080, 2 at 3840×2160). */
export const StageScaleContext = createContext(1);

export const useStageScale = () => useContext(StageScaleContext);
