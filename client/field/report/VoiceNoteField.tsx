import { maxVoiceSeconds } from '../../../core/contracts/field';
import { useI18n } from '../../i18n/I18nProvider';
import { elapsedSeconds, formatSeconds } from '../lib/voice-format';
import type { useVoiceRecorder } from './use-voice-recorder';

/**
 * The 随手拍 voice note (optional): tap to record, tap to stop (or it stops at the cap), play it back, delete or
 * record again. Tap rather than press-and-hold: a minute held down is hard one-handed while walking.
 */
export function VoiceNoteField({ recorder }: { recorder: ReturnType<typeof useVoiceRecorder> }) {
  const { t } = useI18n();
  const { state } = recorder;
  return (
    <section className="field-card field-voice" data-testid="report-voice" data-status={state.status}>
      <h2>{t('fieldVoiceTitle', { seconds: maxVoiceSeconds })}</h2>
      {state.status === 'recording' && (
        <button type="button" className="wide recording" onClick={recorder.stop} data-testid="voice-stop">
          <span className="rec-dot" aria-hidden="true" />
          {t('fieldVoiceStop', { elapsed: formatSeconds(elapsedSeconds(state.elapsedMs)), max: formatSeconds(maxVoiceSeconds) })}
        </button>
      )}
      {state.status === 'recorded' && (
        <>
          <audio controls src={state.voice.url} preload="metadata" data-testid="voice-playback" />
          <p className="muted small" data-testid="voice-recorded" data-mime={state.voice.mime} data-bytes={state.voice.bytes}>
            {t('fieldVoiceRecorded', { seconds: state.voice.seconds })}
          </p>
          <div className="field-voice-actions">
            <button type="button" className="chip" onClick={recorder.discard} data-testid="voice-delete">
              {t('fieldVoiceDelete')}
            </button>
            <button type="button" className="chip" onClick={() => void recorder.start()} data-testid="voice-rerecord">
              {t('fieldVoiceRerecord')}
            </button>
          </div>
        </>
      )}
      {(state.status === 'idle' || state.status === 'error') && (
        <button type="button" className="wide" onClick={() => void recorder.start()} data-testid="voice-record">
          {t('fieldVoiceRecord')}
        </button>
      )}
      {state.status === 'error' && (
        <p className="field-error" data-testid="voice-error">
          {t(({ unsupported: 'fieldVoiceUnsupported', denied: 'fieldVoiceDenied', too_large: 'fieldVoiceTooLarge', failed: 'fieldVoiceFailed' } as const)[state.reason])}
        </p>
      )}
    </section>
  );
}
