import { describe, expect, it } from 'vitest';
import { maxVoiceBytes } from '../../../core/contracts/field';
import { elapsedSeconds, formatSeconds, pickRecorderMime, voiceCapReached, voiceFits, voiceMimeOf } from './voice-format';

describe('pickRecorderMime', () => {
  it('takes Opus in WebM where the browser can make it (Chromium)', () => {
    const chromium = new Set(['audio/webm', 'audio/webm;codecs=opus']);
    expect(pickRecorderMime((m) => chromium.has(m))).toEqual({ recorderMime: 'audio/webm;codecs=opus', voiceMime: 'audio/webm' });
  });

  it('takes AAC in MP4 where only that is made (Safari), and names it audio/mp4 to the server', () => {
    const safari = new Set(['audio/mp4', 'audio/mp4;codecs=mp4a.40.2']);
    expect(pickRecorderMime((m) => safari.has(m))).toEqual({ recorderMime: 'audio/mp4;codecs=mp4a.40.2', voiceMime: 'audio/mp4' });
  });

  it('takes Ogg when WebM is not offered', () => {
    expect(pickRecorderMime((m) => m.startsWith('audio/ogg'))?.voiceMime).toBe('audio/ogg');
  });

  it('is null when the browser makes none of the accepted types', () => {
    expect(pickRecorderMime((m) => m === 'audio/wav')).toBeNull();
  });
});

describe('voiceMimeOf', () => {
  it('drops codec parameters and case', () => {
    expect(voiceMimeOf('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(voiceMimeOf('Audio/MP4; codecs="mp4a.40.2"')).toBe('audio/mp4');
  });

  it('is null for a type the server refuses (WAV, video, nothing)', () => {
    expect(voiceMimeOf('audio/wav')).toBeNull();
    expect(voiceMimeOf('video/webm;codecs=vp8,opus')).toBeNull();
    expect(voiceMimeOf('')).toBeNull();
  });
});

describe('the 60 s cap', () => {
  it('is reached at 60 000 ms, not a millisecond before', () => {
    expect(voiceCapReached(59_999)).toBe(false);
    expect(voiceCapReached(60_000)).toBe(true);
  });

  it('counts whole seconds and never shows more than 60', () => {
    expect(elapsedSeconds(7_900)).toBe(7);
    expect(elapsedSeconds(60_400)).toBe(60);
    expect(elapsedSeconds(-5)).toBe(0);
  });

  it('formats the counter as m:ss', () => {
    expect(formatSeconds(7)).toBe('0:07');
    expect(formatSeconds(60)).toBe('1:00');
  });
});

describe('voiceFits', () => {
  it('takes a recording up to the server’s 1 MiB, not an empty one or one byte more', () => {
    expect(voiceFits(maxVoiceBytes)).toBe(true);
    expect(voiceFits(maxVoiceBytes + 1)).toBe(false);
    expect(voiceFits(0)).toBe(false);
  });
});
