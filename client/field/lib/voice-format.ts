import { maxVoiceBytes, maxVoiceSeconds, voiceMimes, type VoiceMime } from '../../../core/contracts/field';

/**
 * What the recorder is asked for, best first: Opus in WebM (Chromium, Firefox), Opus in Ogg (older Firefox), AAC in
 * MP4 (Safari). Each names the type the server is told (voiceMime), without codec parameters.
 */
export const recorderCandidates: readonly { recorderMime: string; voiceMime: VoiceMime }[] = [
  { recorderMime: 'audio/webm;codecs=opus', voiceMime: 'audio/webm' },
  { recorderMime: 'audio/webm', voiceMime: 'audio/webm' },
  { recorderMime: 'audio/ogg;codecs=opus', voiceMime: 'audio/ogg' },
  { recorderMime: 'audio/mp4;codecs=mp4a.40.2', voiceMime: 'audio/mp4' },
  { recorderMime: 'audio/mp4', voiceMime: 'audio/mp4' },
  { recorderMime: 'audio/aac', voiceMime: 'audio/aac' },
  { recorderMime: 'audio/mpeg', voiceMime: 'audio/mpeg' },
];

/** 32 kbit/s: speech stays clear in Opus, and 60 s is about 240 kB, far inside maxVoiceBytes even at AAC's floor. */
export const voiceBitsPerSecond = 32_000;

/**
 * The first recorder type the browser says it can make (MediaRecorder.isTypeSupported), or null when it can make
 * none of them: the recorder's own default is then used and its blob's type decides (voiceMimeOf).
 */
export function pickRecorderMime(isTypeSupported: (mime: string) => boolean): { recorderMime: string; voiceMime: VoiceMime } | null {
  return recorderCandidates.find((c) => isTypeSupported(c.recorderMime)) ?? null;
}

/** The accepted audio type a recorded blob's type names ('audio/webm;codecs=opus' → 'audio/webm'), or null. */
export function voiceMimeOf(blobType: string): VoiceMime | null {
  const essence = blobType.split(';')[0].trim().toLowerCase();
  return (voiceMimes as readonly string[]).includes(essence) ? (essence as VoiceMime) : null;
}

/** Whole seconds recorded, never past the cap (the timer may fire a little after it). */
export function elapsedSeconds(elapsedMs: number): number {
  return Math.min(maxVoiceSeconds, Math.max(0, Math.floor(elapsedMs / 1000)));
}

/** Whether the recorder must stop now: the cap reached. */
export const voiceCapReached = (elapsedMs: number) => elapsedMs >= maxVoiceSeconds * 1000;

/** Whether a recording may be sent: not empty, and within the server's size for a voice note. */
export const voiceFits = (bytes: number) => bytes > 0 && bytes <= maxVoiceBytes;

/** 'm:ss' for the recorder's counter. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
