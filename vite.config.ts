import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { fieldAppPwa } from './vite.field-app';

// The API server's port for the dev proxy: the same PORT the server reads (server/env.ts), 8787 by default.
const apiPort = Number(process.env.PORT) || 8787;

// `vite build --mode e2e` is the build browser tests and benchmarks run: only it sets the test hooks
// (window.__jingwang, window.__wall; client/map/test-hooks.ts), and it goes to its own directory, so a production
// build never carries them and a test build is never served by `npm start`.
export default defineConfig(({ mode }) => ({
  root: 'client',
  // The field app (/m, issue 16) is a second page of the same build: its own HTML, code and service worker, so
  // the main app's bundle does not change and a phone loads none of the map's code.
  plugins: [react(), ...fieldAppPwa()],
  build: {
    outDir: mode === 'e2e' ? '../dist/client-e2e' : '../dist/client',
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'client/index.html'), m: resolve(import.meta.dirname, 'client/m/index.html') } },
    // MapLibre and deck.gl are large on their own; the page is served from the intranet, not a CDN.
    chunkSizeWarningLimit: 4096,
    // Font subsets stay files: the CSP allows fonts from the app's origin only (no data: URLs), and a page loads
    // only the subsets its text needs.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  server: {
    proxy: {
      // The API, but not the client's own modules under client/api/ (/api/http.ts, …), which share the prefix.
      // changeOrigin false keeps the browser's Host, so the server's same-origin check on login passes.
      '^/api/(?![^?]*\\.(ts|tsx|js|mjs|css)(\\?|$))': { target: `http://localhost:${apiPort}`, changeOrigin: false },
    },
  },
}));
