// Idle and reset, driven by a fake clock: the warning, Continue, the full
// reset, what counts as activity (real touch input), what holds the warning
// back (narration playing, a finger on the screen) and what never does (a
// zoomed picture, an open dialog, paused narration, the staff panel).
import { expect, test, type Page } from "@playwright/test";
import { centre, chooseLanguage, openStaffMode, stubSpeech, touchSession } from "./kiosk";

const WARNING = { name: "Are you still there?" };

test("an idle visitor is asked, then everything resets to the start", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/3");
  await chooseLanguage(page, "English");
  await page.getByRole("button", { name: "Larger text" }).tap();
  await page.getByRole("button", { name: "High contrast" }).tap();
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  await expect(page.getByRole("dialog")).toBeVisible();

  await page.clock.fastForward("01:25");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.clock.fastForward("00:06");
  const warning = page.getByRole("alertdialog", WARNING);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/start again in \d+ s/);
  await page.clock.fastForward("00:30");

  await expect(page).toHaveURL("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "az");
  await expect(html).not.toHaveAttribute("data-text-size", "large");
  await expect(html).not.toHaveAttribute("data-contrast", "high");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // The first touch after a reset is answered at once.
  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("button", { name: "Azərbaycanca" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Böyük yazı" })).toHaveAttribute("aria-pressed", "false");
});

test("Continue keeps the visitor exactly where they were", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/khojaly-cemetery/step/5");
  await chooseLanguage(page, "Русский");
  await page.clock.fastForward("01:31");
  const warning = page.getByRole("alertdialog", { name: "Вы ещё здесь?" });
  await expect(warning).toBeVisible();
  await warning.getByRole("button", { name: "Продолжить" }).tap();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/5");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  // The quiet time starts again from the touch.
  await page.clock.fastForward("01:00");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
});

test("touch movement is activity all along, not only when it ends", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  const stage = page.getByRole("dialog").locator("[data-zoomed]");
  const c = await centre(stage);
  const client = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [{ x: c.x - gap, y: c.y, id: 0 }, { x: c.x + gap, y: c.y, id: 1 }];
  // A slow pinch that lasts three minutes: the warning must not come.
  await client.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(50) });
  for (let i = 1; i <= 3; i++) {
    await page.clock.fastForward("01:00");
    await client.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(50 + i * 30) });
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  }
  await client.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  // A vertical drag on the page is activity too.
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
  await page.clock.fastForward("01:20");
  const touch = await touchSession(page);
  await touch.swipe({ x: 900, y: 700 }, { x: 900, y: 500 });
  await page.clock.fastForward("01:20");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.clock.fastForward("00:15");
  await expect(page.getByRole("alertdialog", WARNING)).toBeVisible();
});

test("while narration plays the warning waits", async ({ page }) => {
  await stubSpeech(page);
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/2");
  await chooseLanguage(page, "English");
  await page.getByRole("button", { name: "Play narration" }).tap();
  await page.clock.fastForward("03:00");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Pause narration" }).tap();
  await page.clock.fastForward("01:31");
  await expect(page.getByRole("alertdialog", WARNING)).toBeVisible();
  await page.clock.fastForward("00:30");
  await expect(page).toHaveURL("/");
});

/** The visitor walks away: the warning comes after 90 s and the kiosk is back at the start 30 s later. */
async function walkAway(page: Page) {
  await page.clock.fastForward("01:25");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.clock.fastForward("00:06");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward("00:30");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
}

test("a visitor who zooms a picture and walks away is still reset", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  const stage = page.getByRole("dialog").locator("[data-zoomed]");
  const touch = await touchSession(page);
  const middle = await centre(stage);
  await touch.tap(middle);
  await touch.tap(middle);
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  await walkAway(page);
});

test("a finger resting on the screen holds the warning until it lifts", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  const c = await centre(page.getByRole("dialog").locator("[data-zoomed]"));
  const client = await page.context().newCDPSession(page);
  const fingers = [{ x: c.x - 40, y: c.y, id: 0 }, { x: c.x + 40, y: c.y, id: 1 }];
  // Two fingers down and perfectly still for three minutes: no warning.
  await client.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers });
  await page.clock.fastForward("03:00");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await client.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await walkAway(page);
});

test("a glossary definition left open does not keep the visit", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/8");
  await chooseLanguage(page, "English");
  await page.getByRole("main").locator("section").filter({ hasText: "Words explained" }).getByRole("button").first().tap();
  await expect(page.getByRole("dialog")).toBeVisible();
  await walkAway(page);
});

test("the staff panel left open closes after its own longer quiet time", async ({ page }) => {
  await page.clock.install();
  await openStaffMode(page);
  // Staff may read the figures for a while without touching.
  await page.clock.fastForward("04:50");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Usage figures" })).toBeVisible();
  await page.clock.fastForward("00:11");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward("00:30");
  await expect(page).toHaveURL("/");
});
