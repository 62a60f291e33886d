import { useCallback, useEffect, useRef, useState } from 'react';
import type { VoiceMime } from '../../../core/contracts/field';
import { elapsedSeconds, pickRecorderMime, voiceBitsPerSecond, voiceCapReached, voiceFits, voiceMimeOf } from '../lib/voice-format';
import { blobToBase64 } from './blob-to-base64';

/** A finished recording, ready to play back on the phone and to queue with the report. */
export interface RecordedVoice {
  base64: string;
  mime: VoiceMime;
  seconds: number;
  bytes: number;
  /** An object URL of the recording for the <audio> element; revoked when discarded. */
  url: string;
}

export type VoiceRecorderState =
  | { status: 'idle' }
  | { status: 'recording'; elapsedMs: number }
  | { status: 'recorded'; voice: RecordedVoice }
  | { status: 'error'; reason: 'unsupported' | 'denied' | 'too_large' | 'failed' };

const tickMs = 250;

/**
 * One voice note for a 随手拍 report: MediaRecorder over the microphone, stopped by the person or at the 60 s cap,
 * then kept as base64 (how the report's JSON body and the IndexedDB queue carry it) and an object URL to play.
 * The microphone is released as soon as the recording stops, and on unmount.
 */
export function useVoiceRecorder() {
  const [state, setState] = useState<VoiceRecorderState>({ status: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const url = useRef<string | null>(null);

  const release = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    recorder.current?.stream.getTracks().forEach((t) => t.stop());
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const discard = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
    setState({ status: 'idle' });
  }, []);

  const start = useCallback(async () => {
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return setState({ status: 'error', reason: 'unsupported' });
    discard();
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      return setState({ status: 'error', reason: 'denied' });
    }
    const picked = pickRecorderMime((m) => MediaRecorder.isTypeSupported(m));
    const rec = new MediaRecorder(stream, { ...(picked ? { mimeType: picked.recorderMime } : {}), audioBitsPerSecond: voiceBitsPerSecond });
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    rec.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    rec.onstop = () => {
      const recordedMs = performance.now() - startedAt;
      release();
      const blob = new Blob(chunks, { type: rec.mimeType || picked?.recorderMime || '' });
      const mime = voiceMimeOf(blob.type) ?? picked?.voiceMime ?? null;
      if (!mime) return setState({ status: 'error', reason: 'unsupported' });
      if (!voiceFits(blob.size)) return setState({ status: 'error', reason: blob.size === 0 ? 'failed' : 'too_large' });
      blobToBase64(blob).then(
        (base64) => {
          url.current = URL.createObjectURL(blob);
          setState({ status: 'recorded', voice: { base64, mime, seconds: Math.max(1, elapsedSeconds(recordedMs)), bytes: blob.size, url: url.current } });
        },
        () => setState({ status: 'error', reason: 'failed' }),
      );
    };
    recorder.current = rec;
    rec.start();
    setState({ status: 'recording', elapsedMs: 0 });
    timer.current = setInterval(() => {
      const elapsedMs = performance.now() - startedAt;
      if (voiceCapReached(elapsedMs)) stop();
      else setState({ status: 'recording', elapsedMs });
    }, tickMs);
  }, [discard, release, stop]);

  useEffect(
    () => () => {
      if (recorder.current?.state === 'recording') {
        recorder.current.onstop = null;
        recorder.current.stop();
      }
      release();
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [release],
  );

  return { state, start, stop, discard };
}
