// End-to-end tests of the release build (dist/), served by `cargo xtask test`
// on a loopback port given in BASE_URL, in Debian's Chromium with touch.
import { defineConfig } from "@playwright/test";

const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error("BASE_URL is not set: run these tests with `cargo xtask test`");
}

// The same flags the kiosk PC uses (see README): no page pinch, no swipe-back.
export const kioskFlags = ["--disable-pinch", "--overscroll-history-navigation=0"];

const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

// The accessibility matrix (a11y.spec.ts) runs once per orientation and
// display setting: each such project loads the kiosk once in its worker and
// walks every screen in every language.
const A11Y_SETTINGS = [
  { settings: "default settings", toggles: [] },
  { settings: "larger text + high contrast", toggles: ["Larger text", "High contrast"] },
  { settings: "low reach", toggles: ["Low reach"] },
];
const A11Y_MATRIX = /(^|[/\\])a11y\.spec\.ts$/;
const a11yProjects = A11Y_SETTINGS.flatMap(({ settings, toggles }) =>
  Object.entries({ landscape: LANDSCAPE, portrait: PORTRAIT }).map(([orientation, viewport]) => ({
    name: `a11y ${orientation}, ${settings}`,
    testMatch: A11Y_MATRIX,
    use: { viewport },
    metadata: { orientation, settings, toggles },
  })),
);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  // One retry absorbs a slow moment on a busy 2-core machine; a test that
  // needed it is still reported as flaky.
  retries: 1,
  reporter: [["list"]],
  outputDir: "/tmp/aghdam-kiosk-e2e-results",
  use: {
    baseURL,
    hasTouch: true,
    isMobile: false,
    locale: "az-AZ",
    trace: "off",
    // Only healing.spec.ts lets the service worker run (it caches content,
    // which would hide the routes other specs set up).
    serviceWorkers: "block",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        ...kioskFlags,
      ],
    },
  },
  projects: [
    { name: "landscape", testIgnore: A11Y_MATRIX, use: { viewport: LANDSCAPE } },
    { name: "portrait", testIgnore: A11Y_MATRIX, use: { viewport: PORTRAIT } },
    // The full matrix takes longer than a test run should on a 2-core
    // machine: A11Y_MATRIX=1 cargo xtask test runs it too.
    ...(process.env.A11Y_MATRIX ? a11yProjects : []),
  ],
});
