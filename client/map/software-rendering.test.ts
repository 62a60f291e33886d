import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, mapDrawingSettings } from './software-rendering';

describe('software rendering', () => {
  it('recognises the CPU rasterisers by their renderer strings', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
  });

  it('leaves real GPUs alone', () => {
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 630 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Mali-G610 MC4')).toBe(false);
    expect(mapDrawingSettings(false)).toEqual({ antialias: true, fadeDuration: 300 });
    expect(mapDrawingSettings(true)).toEqual({ antialias: false, fadeDuration: 0 });
  });
});
