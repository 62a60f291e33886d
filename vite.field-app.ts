import type { Plugin, Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The field app's PWA (/m, issue 16): a manifest and a service worker scoped to /m/ that precaches the field page's
// own shell (its HTML, its chunks and CSS), not the main app's map code, and keeps the font subsets it has used.

/** The files the field page loads: its entry chunk and everything it imports, with their CSS (not fonts). */
function fieldShellFiles(bundle: Rolldown.OutputBundle): Set<string> {
  const chunks = new Map(Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry && c.name === 'm');
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const chunk = chunks.get(fileName);
    if (!chunk) return;
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
  };
  if (entry) visit(entry.fileName);
  return files;
}

export function fieldAppPwa(): Plugin[] {
  let shell = new Set<string>();
  const recordShell: Plugin = {
    name: 'jingwang:field-shell',
    apply: 'build',
    enforce: 'post', // after vite-plugin-pwa's own post hooks, whose manifest link it takes off the main page
    generateBundle(_options, bundle) {
      shell = fieldShellFiles(bundle);
    },
    // vite-plugin-pwa links its manifest from every page; only the field page is the installable app.
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.path.startsWith('/m/') ? html : html.replace(/<link rel="manifest"[^>]*>/, '')),
    },
  };
  const pwa = VitePWA({
    // Registered by client/m/main.tsx with scope /m/, so no script is added to the main app's page.
    injectRegister: null,
    filename: 'm/sw.js',
    manifestFilename: 'm/manifest.webmanifest',
    scope: '/m/',
    includeManifestIcons: false, // the glob below has them
    manifest: {
      name: '警网 外勤',
      short_name: '警网外勤',
      description: '警网融合外勤：今日任务、巡逻签到、随手拍（Jingwang field app）',
      lang: 'zh-CN',
      start_url: '/m/',
      scope: '/m/',
      id: '/m/',
      display: 'standalone',
      orientation: 'portrait',
      background_color: '#0f2a57',
      theme_color: '#0f2a57',
      // Drawn by server/scripts/field-icons.ts on this machine, no network.
      icons: [
        { src: '/m/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/m/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/m/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The regular weight's subsets too (about 3.6 MB, once): a phone offline in the street must show any character of
      // a name or a message, and a subset first needed offline showed as empty boxes. Bold is synthesised from it.
      globPatterns: ['m/**/*.{html,png}', 'assets/*.{js,css}', 'assets/noto-sans-sc-*-400-normal-*.woff2'],
      manifestTransforms: [
        (entries) => ({ manifest: entries.filter((e) => e.url.startsWith('m/') || shell.has(e.url) || /-400-normal-[^/]*\.woff2$/.test(e.url)), warnings: [] }),
      ],
      navigateFallback: '/m/index.html',
      navigateFallbackAllowlist: [/^\/m\//],
      // The API is never answered from a cache: writes go through the app's own queue (IndexedDB), reads say "offline".
      navigateFallbackDenylist: [/^\/api\//],
      runtimeCaching: [
        {
          // Any other font file the page asks for (none once the regular weight is precached and bold synthesised).
          urlPattern: ({ url }) => url.pathname.startsWith('/assets/') && /\.woff2?$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'field-fonts', expiration: { maxEntries: 400 } },
        },
      ],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
  return [...pwa, recordShell];
}
