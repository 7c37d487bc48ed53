// Timings for `cargo xtask bench`: drives headless Chromium over the DevTools
// protocol (through the Playwright already installed for tests/e2e) against
// the kiosk and the reference counter, and prints raw samples as JSON on
// stdout. Statistics, budgets and reports are computed by xtask (Rust).
//
// Environment: KIOSK_URL, COUNTER_URL (origins), RUNS (cold starts per target
// and CPU rate), ACTIONS (step changes, language switches and counter clicks
// each), ATTRACT_SECONDS (CPU sampling window), TOUR (tour id).
//
// Definitions (the same code measures both apps):
// - cold start: a fresh browser context (empty cache, no service worker,
//   no storage), CPU throttled before navigation; "interactive" is the first
//   animation frame after the first screen's control is in the DOM (the
//   kiosk's attract button, named "Touch to begin"; the counter's button),
//   in ms since navigation start. Leptos attaches the click handler while it
//   builds the element, before inserting it, so a control in the DOM is a
//   control that responds; each run then taps it and waits for the response
//   (kiosk: /home; counter: "1") to prove it.
// - an action: from the touch's pointerdown timestamp until the first
//   animation frame after the DOM shows the result (step: the progress bar
//   says step n+1 and the level-1 heading changed; language: <html lang> and
//   the pressed button are the new language; counter: the new count), plus a
//   message-channel turn after that frame's rAF callbacks, so the frame has
//   been handed to the compositor.
// - attract CPU: renderer main-thread task time (CDP Performance.getMetrics
//   TaskDuration) while the screen sits untouched, as a share of one core.

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../tests/e2e/package.json"));
const { chromium } = require("playwright");

const env = (name, fallback) => process.env[name] ?? fallback;
const KIOSK = env("KIOSK_URL");
const COUNTER = env("COUNTER_URL");
const RUNS = Number(env("RUNS", 20));
const ACTIONS = Number(env("ACTIONS", 200));
const ATTRACT_SECONDS = Number(env("ATTRACT_SECONDS", 30));
const TOUR = env("TOUR", "aghdam-mosque");
const THROTTLED = 4;
if (!KIOSK || !COUNTER) throw new Error("KIOSK_URL and COUNTER_URL must be set");

const started = Date.now();
const log = (...a) => console.error(`  bench [${Math.round((Date.now() - started) / 1000)} s]:`, ...a);

// Installed in every page before its own scripts run.
function probe() {
  const afterFrame = (resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  // Resolves with [seen, painted] once `test()` holds after a DOM change.
  const when = (test) =>
    new Promise((resolve) => {
      const check = () => {
        if (!test()) return false;
        const seen = performance.now();
        afterFrame((painted) => resolve([seen, painted]));
        return true;
      };
      if (check()) return;
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const heading = () => document.querySelector("h1")?.textContent ?? "";
  const tests = {
    attract: () => () => document.querySelector('button[aria-label*="Touch to begin"]') !== null,
    counter: () => () => document.querySelector("body > button") !== null,
    step: ({ n, before }) => () =>
      document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow") === String(n) &&
      heading() !== before &&
      heading() !== "",
    lang: ({ code }) => () =>
      document.documentElement.lang === code &&
      document.querySelector(`[role="group"] button[lang="${code}"]`)?.getAttribute("aria-pressed") === "true",
    count: ({ value }) => () => document.querySelector("body > button")?.textContent === String(value),
  };
  let down = null;
  addEventListener("pointerdown", (e) => (down = e.timeStamp), { capture: true });
  window.__bench = {
    heading,
    ready: null,
    start(kind) {
      when(tests[kind]()).then(([seen, painted]) => (window.__bench.ready = { seen, painted }));
    },
    arm(kind, args) {
      down = null;
      window.__bench.pending = when(tests[kind](args)).then(([seen, painted]) => ({
        down,
        seen,
        painted,
      }));
    },
  };
}

const flags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: false, // `--headless=new` is in `flags`, exactly as toolchain.md gives them
  args: flags,
});

async function page(rate) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: "az-AZ",
    serviceWorkers: "block",
  });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await tab.addInitScript(probe);
  return { context, tab, cdp };
}

async function tap(tab, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to tap: ${locator}`);
  await tab.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/// One action: arm the probe, touch, and wait for the painted result.
async function timed(tab, locator, kind, args) {
  await tab.evaluate(([k, a]) => window.__bench.arm(k, a), [kind, args]);
  await tap(tab, locator);
  const t = await tab.evaluate(() =>
    Promise.race([window.__bench.pending, new Promise((done) => setTimeout(() => done(null), 60_000))]),
  );
  if (t === null) {
    const state = await tab.evaluate(() => ({
      url: location.pathname,
      lang: document.documentElement.lang,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      step: document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow"),
    }));
    throw new Error(`${kind} ${JSON.stringify(args)}: no result after 60 s; page: ${JSON.stringify(state)}`);
  }
  if (t.down === null) throw new Error(`${kind}: no pointerdown seen`);
  return t.painted - t.down;
}

async function coldStart(target, rate) {
  const { context, tab } = await page(rate);
  const kiosk = target === "kiosk";
  await tab.addInitScript((kind) => window.__bench.start(kind), kiosk ? "attract" : "counter");
  await tab.goto(kiosk ? `${KIOSK}/` : `${COUNTER}/`, { waitUntil: "commit" });
  await tab.waitForFunction(() => window.__bench.ready, null, { timeout: 120_000, polling: 100 });
  const { painted } = await tab.evaluate(() => window.__bench.ready);
  if (kiosk) {
    await tap(tab, tab.locator('button[aria-label*="Touch to begin"]'));
    await tab.waitForURL("**/home", { timeout: 60_000 });
  } else {
    await tap(tab, tab.locator("body > button"));
    await tab.locator("body > button").filter({ hasText: /^1$/ }).waitFor({ timeout: 60_000 });
  }
  await context.close();
  return painted;
}

async function coldStarts() {
  const out = {};
  for (const rate of [1, THROTTLED]) {
    const key = `x${rate}`;
    out[key] = { kiosk: [], counter: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const target of ["kiosk", "counter"]) {
        out[key][target].push(await coldStart(target, rate));
      }
    }
    log(`cold start ${rate}x: ${RUNS} runs each`);
  }
  return out;
}

/// Step changes (Next, and Back to come round again), language switches and
/// counter clicks at 4x, interleaved in blocks so load on the machine falls
/// on all three alike.
async function actions() {
  const kiosk = await page(THROTTLED);
  const counter = await page(THROTTLED);
  const k = kiosk.tab;
  await k.goto(`${KIOSK}/tour/${TOUR}/step/1`);
  await tap(k, k.getByRole("button", { name: "English", exact: true }));
  await k.waitForFunction(() => document.documentElement.lang === "en");
  const total = await k
    .locator('[role="progressbar"]')
    .getAttribute("aria-valuemax")
    .then(Number);
  await counter.tab.goto(`${COUNTER}/`);
  await counter.tab.locator("body > button").waitFor();
  const out = { next: [], back: [], language: [], click: [] };
  let step = 1;
  let forward = true;
  let count = 0;
  const langs = ["tr", "ru", "az", "en"];
  const names = { az: "Azərbaycanca", en: "English", tr: "Türkçe", ru: "Русский" };
  let lang = 0;
  const block = 20;
  while (out.next.length < ACTIONS || out.language.length < ACTIONS || out.click.length < ACTIONS) {
    // Step changes: go forward to the last step, then back to the first.
    for (let i = 0; i < block && out.next.length < ACTIONS; i++) {
      if (step === total) forward = false;
      if (step === 1) forward = true;
      const before = await k.evaluate(() => window.__bench.heading());
      const n = forward ? step + 1 : step - 1;
      const name = forward ? "Next" : "Back";
      const ms = await timed(k, k.getByRole("link", { name, exact: true }), "step", { n, before });
      (forward ? out.next : out.back).push(ms);
      step = n;
    }
    // Language switches, always ending a block in English for "Next"/"Back".
    for (let i = 0; i < block && out.language.length < ACTIONS; i++) {
      const code = langs[lang++ % langs.length];
      const button = k.getByRole("button", { name: names[code], exact: true });
      out.language.push(await timed(k, button, "lang", { code }));
    }
    while (langs[(lang - 1) % langs.length] !== "en") {
      const code = langs[lang++ % langs.length];
      const button = k.getByRole("button", { name: names[code], exact: true });
      out.language.push(await timed(k, button, "lang", { code }));
    }
    for (let i = 0; i < block && out.click.length < ACTIONS; i++) {
      const button = counter.tab.locator("body > button");
      out.click.push(await timed(counter.tab, button, "count", { value: ++count }));
    }
    log(`actions: ${out.next.length} next, ${out.language.length} language, ${out.click.length} clicks`);
  }
  await kiosk.context.close();
  await counter.context.close();
  return out;
}

/// Main-thread CPU while the first screen sits untouched, at 1x.
async function idleCpu(target) {
  const { context, tab, cdp } = await page(1);
  const kiosk = target === "kiosk";
  await tab.goto(kiosk ? `${KIOSK}/` : `${COUNTER}/`);
  await tab.locator(kiosk ? 'button[aria-label*="Touch to begin"]' : "body > button").waitFor();
  await tab.waitForTimeout(5_000); // let start-up work finish
  await cdp.send("Performance.enable", { timeDomain: "timeTicks" });
  const metric = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { time: get("Timestamp"), task: get("TaskDuration"), script: get("ScriptDuration") };
  };
  const a = await metric();
  await tab.waitForTimeout(ATTRACT_SECONDS * 1000);
  const b = await metric();
  await context.close();
  return { seconds: b.time - a.time, task_seconds: b.task - a.task, script_seconds: b.script - a.script };
}

try {
  const version = browser.version();
  log(`Chromium ${version}`);
  const cold = await coldStarts();
  const acts = await actions();
  const idle = { kiosk: await idleCpu("kiosk"), counter: await idleCpu("counter") };
  log("attract CPU measured");
  process.stdout.write(JSON.stringify({ chromium: version, cold_start: cold, actions: acts, idle }));
} finally {
  await browser.close();
}
