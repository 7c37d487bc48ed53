// Usage figures and a storage that fails: full or blocked storage never
// stops a visit (the figures go on in memory and staff see a note), figures
// of the earlier format are carried over, and a save cut short falls back
// to the copy before it.
import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, openStaffMode, tapCorner } from "./kiosk";

/** One visit by touch: a few steps of the mosque tour, then the visitor walks away. */
async function visit(page: Page) {
  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await expect(page).toHaveURL(/\/home$/);
  await chooseLanguage(page, "English");
  await page.getByRole("link", { name: /Mosque/ }).tap();
  await page.getByRole("link", { name: "Start tour" }).tap();
  for (const n of [1, 2]) {
    await expect(page).toHaveURL(`/tour/aghdam-mosque/step/${n}`);
    await page.clock.fastForward("00:20");
    await page.getByRole("link", { name: "Next", exact: true }).tap();
  }
  await page.clock.runFor("02:05");
  await expect(page).toHaveURL("/");
}

/** Staff mode without reloading the page (figures kept only in memory must stay). */
async function staffPanelInPlace(page: Page) {
  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await chooseLanguage(page, "English");
  await tapCorner(page, 5);
  await expect(page).toHaveURL("/staff");
  for (const digit of "2468") await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Enter", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "Usage figures" })).toBeVisible();
}

test("when storage is full, visits go on, figures are kept in memory and staff see why", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.clock.install({ time: new Date("2026-12-01T10:00:00") });
  await page.goto("/");
  await visit(page);
  await visit(page);
  await staffPanelInPlace(page);
  await expect(page.getByText("Visits: 2")).toBeVisible();
  await expect(page.getByText(/Usage figures cannot be saved on this kiosk .*QuotaExceededError: The quota has been exceeded/)).toBeVisible();
  // Staff read it in their language too.
  await chooseLanguage(page, "Azərbaycanca");
  await expect(page.getByText(/İstifadə göstəriciləri bu terminalda saxlanıla bilmir/)).toBeVisible();
});

test("when storage refuses all access, the kiosk still runs and staff see why", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await page.clock.install({ time: new Date("2026-12-01T10:00:00") });
  await page.goto("/");
  await visit(page);
  await staffPanelInPlace(page);
  await expect(page.getByText("Visits: 1")).toBeVisible();
  await expect(page.getByText(/Usage figures cannot be saved on this kiosk .*SecurityError: Access is denied/)).toBeVisible();
});

test("figures of the earlier format are carried over, and a save cut short falls back to the copy before it", async ({ page }) => {
  const day = (sessions: number) => ({
    sessions, session_ms: sessions * 60_000, tours_started: { "aghdam-mosque": sessions }, tours_completed: {},
    drop_offs: {}, screens: {}, languages: { en: sessions }, language_switches: {}, larger_text: 0, high_contrast: 0, narration_plays: {},
  });
  const earlier = { version: 1, days: { "2026-11-30": day(3) }, earlier: day(4) };
  await page.goto("/");
  await page.evaluate((json) => localStorage.setItem("aghdam-kiosk.figures", json), JSON.stringify(earlier));
  await openStaffMode(page);
  await expect(page.getByText("Usage figures from an earlier version were carried over.")).toBeVisible();
  await expect(page.getByText("Visits: 7")).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("aghdam-kiosk.figures")).sort());
  expect(stored).toEqual(["aghdam-kiosk.figures.1"]);

  // A save of copy 2 cut short by a reload: half of it written.
  await page.evaluate(() => {
    const good = localStorage.getItem("aghdam-kiosk.figures.1")!;
    localStorage.setItem("aghdam-kiosk.figures.0", good.replace(" 1 ", " 2 ").slice(0, good.length / 2));
  });
  await openStaffMode(page);
  await expect(page.getByText(/The last save of the usage figures was cut short; the copy saved before it is used/)).toBeVisible();
  await expect(page.getByText("Visits: 7")).toBeVisible();
});
