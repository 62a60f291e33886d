import { describe, expect, it } from 'vitest';
import { sniffVoiceMime } from './sniff-voice-mime';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((ch) => ch.charCodeAt(0)) : p)).concat(new Array(16).fill(0)));

describe('sniffVoiceMime', () => {
  it('knows a WebM header by its EBML magic and its webm DocType', () => {
    expect(sniffVoiceMime(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'))).toBe('audio/webm');
  });

  it('refuses Matroska that is not WebM (an EBML header naming another DocType)', () => {
    expect(sniffVoiceMime(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'))).toBeNull();
  });

  it('knows Ogg, MP4 of any brand, ADTS AAC and MP3 with or without an ID3 tag', () => {
    expect(sniffVoiceMime(bytes('OggS', [0x00, 0x02]))).toBe('audio/ogg');
    expect(sniffVoiceMime(bytes([0, 0, 0, 0x20], 'ftypiso5'))).toBe('audio/mp4');
    expect(sniffVoiceMime(bytes([0, 0, 0, 0x1c], 'ftypM4A '))).toBe('audio/mp4');
    expect(sniffVoiceMime(bytes([0xff, 0xf1, 0x50, 0x80]))).toBe('audio/aac');
    expect(sniffVoiceMime(bytes('ID3', [0x04, 0x00]))).toBe('audio/mpeg');
    expect(sniffVoiceMime(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe('audio/mpeg');
  });

  it('refuses a JPEG, a WAV, text, and input too short to hold a header', () => {
    expect(sniffVoiceMime(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffVoiceMime(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffVoiceMime(bytes('this is not audio at all'))).toBeNull();
    expect(sniffVoiceMime(new Uint8Array([0x4f, 0x67]))).toBeNull();
    expect(sniffVoiceMime(new Uint8Array())).toBeNull();
  });
});
