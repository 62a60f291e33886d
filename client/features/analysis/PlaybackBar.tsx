import { useI18n } from '../../i18n/I18nProvider';
import { localDateKey, localHour } from '../../../core/time';
import { windowChoices, type PlaybackStep } from './playback';
import type { Playback } from './use-playback';

const pad = (n: number) => String(n).padStart(2, '0');

/** A frame's window as local (Asia/Shanghai) text: days for a day step, day and hours for an hour step. */
function describeWindow(startMs: number, endMs: number, step: PlaybackStep): string {
  if (step === 'day') {
    const first = localDateKey(startMs);
    const last = localDateKey(endMs - 1);
    return first === last ? first : `${first} – ${last.slice(5)}`;
  }
  const endHour = localHour(endMs) === 0 ? 24 : localHour(endMs);
  return `${localDateKey(startMs)} ${pad(localHour(startMs))}:00–${pad(endHour)}:00`;
}

/** Play/pause, a slider over the period's days or hours, and what the frame shows (a sliding window). */
export function PlaybackBar({ playback: pb, disabled }: { playback: Playback; disabled: boolean }) {
  const { t } = useI18n();
  const frame = pb.frame;
  return (
    <div className="analysis-playback" data-testid="analysis-playback" data-frame={frame?.index ?? ''} data-shown={pb.shown} data-active={pb.active}>
      <button
        type="button"
        onClick={pb.playing ? pb.pause : pb.play}
        disabled={disabled || pb.frames === 0}
        aria-label={t(pb.playing ? 'analysisPause' : 'analysisPlay')}
        data-testid="analysis-play"
      >
        {pb.playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        min={0}
        max={Math.max(0, pb.frames - 1)}
        value={frame?.index ?? pb.frames - 1}
        disabled={disabled || pb.frames === 0}
        onChange={(e) => pb.seek(Number(e.target.value))}
        aria-label={t('analysisPlaybackSlider')}
        data-testid="analysis-playback-slider"
      />
      <span className="analysis-playback-label" data-testid="analysis-playback-label">
        {frame ? describeWindow(frame.startMs, frame.endMs, pb.step) : t('analysisPlaybackAll')}
        {' · '}
        {t('analysisIncidentsShown', { count: pb.shown })}
      </span>
      <select value={pb.step} onChange={(e) => pb.setStep(e.target.value as PlaybackStep)} aria-label={t('analysisPlaybackStep')} data-testid="analysis-playback-step">
        <option value="day">{t('analysisStepDay')}</option>
        <option value="hour">{t('analysisStepHour')}</option>
      </select>
      <select value={pb.windowSteps} onChange={(e) => pb.setWindowSteps(Number(e.target.value))} aria-label={t('analysisPlaybackWindow')} data-testid="analysis-playback-window">
        {[...windowChoices[pb.step]].sort((a, b) => a - b).map((n) => (
          <option key={n} value={n}>
            {t(pb.step === 'day' ? 'analysisWindowDays' : 'analysisWindowHours', { count: n })}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={pb.stop} disabled={!pb.active} data-testid="analysis-playback-all">
        {t('analysisPlaybackShowAll')}
      </button>
    </div>
  );
}
