// Self-healing: the service worker keeps the kiosk running without its
// server, and the shell (shell/shell.js) turns an unhandled failure into a calm
// "One moment…" and a reload, waiting longer when failures repeat.
import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

test.use({ serviceWorkers: "allow" });

/** An error nobody catches, thrown from a microtask of the page (not by a
 * timer, which Playwright's fake clock would catch and keep to itself, nor by
 * an inline script, which the security policy refuses). */
async function throwUncaught(page: Page, message: string) {
  await page.evaluate((message) => {
    queueMicrotask(() => {
      throw new Error(message);
    });
  }, message);
}

/** The app is on screen (its home heading), so the page is not half loaded. */
async function homeIsShown(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Waits until the service worker controls the page: the first one caches
 * the whole build, then takes over at once (else a reload hands it over). */
async function serviceWorkerInCharge(page: Page) {
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(controlled, { timeout: 15_000 })
    .toBe(true)
    .catch(async () => {
      await page.reload();
      await expect.poll(controlled, { timeout: 10_000 }).toBe(true);
    });
}

test("the kiosk keeps working when its server goes away", async ({ page, context }) => {
  await page.goto("/home");
  await homeIsShown(page);
  await serviceWorkerInCharge(page);

  await context.setOffline(true);
  await page.goto("/tour/aghdam-mosque/step/2");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByText(/Step 2 of \d+/)).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  const picture = page.getByRole("main").getByRole("img").first();
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  // Truly offline: the server cannot be reached from the page.
  expect(await page.evaluate(() => fetch("/sw.js", { cache: "no-store" }).then(() => "online", () => "offline"))).toBe(
    "offline",
  );
});

test("a new version waits until the app asks for it at an idle reset", async ({ page }) => {
  await page.goto("/home");
  await homeIsShown(page);
  await serviceWorkerInCharge(page);
  const applyUpdate = () => page.evaluate(() => (window as unknown as { kioskApplyUpdate(): boolean }).kioskApplyUpdate());
  expect(await applyUpdate()).toBe(false);

  // A new worker script (here: the same file under another address) installs
  // and then waits: the visitor's page is left alone.
  await page.evaluate(() => navigator.serviceWorker.register("/sw.js?next"));
  const waiting = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
  await expect.poll(waiting, { timeout: 15_000 }).toBe(true);
  await page.evaluate(() => ((window as unknown as { visit: string }).visit = "still here"));
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { visit?: string }).visit)).toBe("still here");

  // Asked for, it takes over and the kiosk starts afresh at the attract screen.
  expect(await applyUpdate()).toBe(true);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { visit?: string }).visit)).toBeUndefined();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?next$/);
});

test("an unhandled error shows One moment… and recovers", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await homeIsShown(page);
  await throwUncaught(page, "test failure");
  await page.clock.runFor(100);
  // Azerbaijani, the kiosk's default language.
  const alert = page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Bələdçi yenidən başlayır.");
  await expect(page).toHaveURL("/home");

  await page.clock.runFor(6000);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" })).toHaveCount(0);
  const errors = await page.evaluate(() => localStorage.getItem("aghdam-kiosk.errors"));
  expect(errors).toContain("test failure");
  const crashes: number[] = JSON.parse((await page.evaluate(() => localStorage.getItem("aghdam-kiosk.crashes")))!);
  expect(crashes).toHaveLength(1);
});

test("the calm screen speaks the visitor's language, once", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await throwUncaught(page, "first failure");
  await page.clock.runFor(100);
  const alert = page.getByRole("alert").filter({ hasText: "One moment…" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("The guide is restarting.");
  // A second failure (or call) changes nothing: one screen, one crash counted.
  await throwUncaught(page, "second failure");
  await page.evaluate(() => (window as unknown as { kioskCrashed(m: string, d: number): void }).kioskCrashed("again", 0));
  await page.clock.runFor(100);
  await expect(page.getByRole("alert")).toHaveCount(1);
  await expect(page).toHaveURL("/home");
  const stored = await page.evaluate(() => [localStorage.getItem("aghdam-kiosk.errors"), localStorage.getItem("aghdam-kiosk.crashes")]);
  expect(stored[0]).not.toContain("second failure");
  expect(JSON.parse(stored[1]!)).toHaveLength(1);
  await page.clock.runFor(6000);
  await expect(page).toHaveURL("/");
});

test("an unhandled promise rejection is a failure too", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await homeIsShown(page);
  await page.evaluate(() => {
    void Promise.reject(new TypeError("rejected for the test"));
  });
  await expect(page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("aghdam-kiosk.errors"))).toContain("rejected for the test");
  await page.clock.runFor(6000);
  await expect(page).toHaveURL("/");
});

test("repeated failures back off", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await homeIsShown(page);
  // Three crashes in the last few minutes: this fourth one waits 5 s × 2³ = 40 s.
  await page.evaluate(() => {
    const now = Date.now();
    localStorage.setItem("aghdam-kiosk.crashes", JSON.stringify([now - 240_000, now - 120_000, now - 30_000]));
  });
  await throwUncaught(page, "test failure again");
  await page.clock.runFor(100);
  await expect(page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" })).toBeVisible();

  await page.clock.runFor(6000);
  await expect(page).toHaveURL("/home");
  await page.clock.runFor(24_000); // 30 s after the failure
  await expect(page).toHaveURL("/home");
  await expect(page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" })).toBeVisible();
  await page.clock.runFor(15_000); // 45 s
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
  const crashes: number[] = JSON.parse((await page.evaluate(() => localStorage.getItem("aghdam-kiosk.crashes")))!);
  expect(crashes).toHaveLength(4);
});

test("benign noise is not a crash", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await homeIsShown(page);
  await throwUncaught(page, "ResizeObserver loop completed with undelivered notifications.");
  await page.evaluate(() => {
    // play() interrupted by pause(), nobody listening to the promise.
    void Promise.reject(new DOMException("The play() request was interrupted by a call to pause().", "AbortError"));
  });
  await page.clock.runFor(10_000);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL("/home");
  expect(await page.evaluate(() => localStorage.getItem("aghdam-kiosk.crashes"))).toBeNull();
});

test("a kiosk whose app never starts restarts by itself", async ({ page }) => {
  // The wasm never arrives (a stuck server): nothing fails, nothing appears.
  await page.route(/_bg\.wasm$/, () => {});
  await page.clock.install();
  await page.goto("/home", { waitUntil: "commit" });
  await page.clock.runFor(15_000);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.clock.runFor(6_000); // 21 s: the watchdog has seen an empty page
  await expect(page.getByRole("alert").filter({ hasText: "Bir dəqiqə…" })).toBeVisible();
  const errors = await page.evaluate(() => localStorage.getItem("aghdam-kiosk.errors"));
  expect(errors).toContain("did not start");
});
