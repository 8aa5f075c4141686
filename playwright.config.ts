import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from './e2e/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// The static export (out/, written by `npm run export`) on a plain file server, next to `next start`.
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? PORT + 1);
// Playwright cannot download its own browser on our machines: use Debian's Chromium when it is there.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: executablePath
      ? {
          executablePath,
          args: CHROMIUM_FLAGS,
        }
      : {},
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(nojs|static)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    // The reader without JavaScript: static HTML, links and <details> only.
    {
      name: 'nojs',
      testMatch: /nojs\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, javaScriptEnabled: false },
    },
    // The exported folder on a static server: its own spec, and the routing tests that need no server.
    {
      name: 'static',
      testMatch: /(static|routing)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
    },
  ],
  webServer: [
    {
      // The production build: `npm test` runs `next build` before this.
      command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // out/ as any static host would serve it; `npm run test:e2e` exports the build first. serve.json
      // (written by the export) sets clean URLs, 404.html and the headers. Waits for the port, not a
      // page, so that the other projects still run where nothing was exported.
      command: `node_modules/.bin/serve out --listen tcp://127.0.0.1:${STATIC_PORT} --no-clipboard --no-port-switching --no-request-logging`,
      port: STATIC_PORT,
      env: { NO_UPDATE_CHECK: '1' },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
