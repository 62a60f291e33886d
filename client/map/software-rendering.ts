// Police intranet PCs are often 信创 boxes or thin clients without a usable GPU: the browser then draws WebGL
// on the CPU (SwiftShader, llvmpipe). There every frame of a 1600×900 map costs hundreds of milliseconds and
// the main thread waits for it, so the map draws fewer, cheaper frames: no multisampling and no label fades.
// On a real GPU nothing changes.

const softwareRenderers = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a WebGL renderer string names a CPU rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
  return softwareRenderers.test(renderer);
}

let detected: boolean | undefined;

/** Asks a throwaway WebGL context once per page which renderer the browser uses. */
export function rendersInSoftware(): boolean {
  if (detected !== undefined) return detected;
  detected = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (gl) {
      // The unmasked name needs the debug extension; without it the masked one still says SwiftShader in Chromium.
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      detected = isSoftwareRenderer(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the map will say so itself; nothing to tune here.
  }
  return detected;
}

/** The drawing settings for the renderer at hand. */
export function mapDrawingSettings(software = rendersInSoftware()) {
  return { antialias: !software, fadeDuration: software ? 0 : 300 };
}
