import { useEffect, useMemo, useState } from 'react';
import type { IncidentColumnArrays } from '../../../core/contracts/incidents';
import type { BinaryPoints } from '../../map/layers/binary-points';
import { frameAt, frameCount, isAscending, nextFrameIndex, positionsInWindow, windowChoices, type Frame, type PlaybackStep } from './playback';

// A frame long enough to see the heat move, short enough that a 28-day period plays in about 20 seconds.
const frameIntervalMs: Record<PlaybackStep, number> = { day: 700, hour: 250 };

export interface Playback {
  /** Whether the heatmap shows a frame (true) or the whole period (false). */
  active: boolean;
  playing: boolean;
  step: PlaybackStep;
  windowSteps: number;
  frames: number;
  frame: Frame | null;
  /** The incidents of the frame, or of the whole period when not active. */
  points: BinaryPoints | undefined;
  shown: number;
  play(): void;
  pause(): void;
  seek(index: number): void;
  setStep(step: PlaybackStep): void;
  setWindowSteps(n: number): void;
  stop(): void;
}

const toPoints = (value: Float64Array): BinaryPoints => ({ length: value.length / 2, attributes: { getPosition: { value, size: 2 } } });

/**
 * The heatmap's time playback over a period ([fromMs, toMs)): the frame index, play/pause on a timer (paused
 * while `running` is false, e.g. when the view is hidden), and the frame's incidents as binary points.
 */
export function usePlayback(incidents: IncidentColumnArrays | null | undefined, period: { fromMs: number; toMs: number } | null, running: boolean): Playback {
  const [active, setActive] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [step, setStepState] = useState<PlaybackStep>('day');
  const [windowSteps, setWindowSteps] = useState(windowChoices.day[0]);
  const [index, setIndex] = useState(0);
  const spec = period ? { ...period, step, windowSteps } : null;
  const frames = spec ? frameCount(spec) : 0;
  const frame = spec && active ? frameAt(spec, index) : null;

  useEffect(() => {
    if (!playing || !running || frames === 0) return;
    const timer = setInterval(() => setIndex((i) => nextFrameIndex(i, frames)), frameIntervalMs[step]);
    return () => clearInterval(timer);
  }, [playing, running, frames, step]);

  const ascending = useMemo(() => (incidents ? isAscending(incidents.times) : true), [incidents]);
  const all = useMemo(() => incidents && toPoints(incidents.positions), [incidents]);
  const startMs = frame?.startMs;
  const endMs = frame?.endMs;
  const points = useMemo(() => {
    if (!incidents) return undefined;
    if (startMs === undefined || endMs === undefined) return all ?? undefined;
    return toPoints(positionsInWindow(incidents, startMs, endMs, ascending));
  }, [incidents, all, startMs, endMs, ascending]);

  return {
    active,
    playing,
    step,
    windowSteps,
    frames,
    frame,
    points,
    shown: points?.length ?? 0,
    play: () => {
      setActive(true);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    seek: (i) => {
      setActive(true);
      setIndex(Math.max(0, Math.min(frames - 1, i)));
    },
    setStep: (s) => {
      setStepState(s);
      setWindowSteps(windowChoices[s][0]);
      setIndex(0);
    },
    setWindowSteps,
    stop: () => {
      setPlaying(false);
      setActive(false);
    },
  };
}
