import { defineConfig } from 'vitest/config';

// Browser tests: one server (started by the global setup on a fresh embedded database) and one
// headless Chromium, driven only through test/e2e/driver.ts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    // The run's temporary folder first, so the server's data folder and Chromium's profile go into it.
    globalSetup: ['test/support/run-temp-dir.ts', 'test/e2e/start-server.ts'],
    fileParallelism: false,
    // One module graph for all files: each file imported Playwright, the driver and the app's contracts anew, seconds a
    // file beside CI's other suites. The files share no module state (each keeps its browser and pages in its own hooks).
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 330_000,
  },
});
