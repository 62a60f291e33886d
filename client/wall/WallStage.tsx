import { useEffect, useState, type ReactNode } from 'react';
import { StageScaleContext } from './stage-context';
import { fitStage, stageSize } from './stage-scale';

/** A fixed 1920×1080 stage scaled with a CSS transform to fill the window (letterboxed, never scrolling). */
export function WallStage({ children, kiosk }: { children: ReactNode; kiosk: boolean }) {
  const [fit, setFit] = useState(() => fitStage(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setFit(fitStage(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <StageScaleContext.Provider value={fit.scale}>
      <div
        className={kiosk ? 'wall-stage wall-kiosk' : 'wall-stage'}
        data-testid="wall-stage"
        style={{
          width: stageSize.widthPx,
          height: stageSize.heightPx,
          transform: `translate(${fit.offsetXPx}px, ${fit.offsetYPx}px) scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </StageScaleContext.Provider>
  );
}
