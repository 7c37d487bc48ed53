// Accessible behaviour, as a keyboard, switch or screen-reader user meets
// it: the page can be zoomed by the browser yet a pinch does not zoom it;
// focus goes to each new screen's heading and the live region names the
// screen; dialogs keep focus, close on Escape and give focus back; arrows
// and +/- work on a step and in the picture viewer; "Low reach" is a toggle
// that lasts the visit and ends with it.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { centre, chooseLanguage, touchSession } from "./kiosk";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const said = (page: Page) => page.locator("[data-live=screen]");

/** Presses Tab (Shift+Tab with `back`) until `target` has focus; fails after `most` presses. */
async function tabTo(page: Page, target: Locator, { back = false, most = 60 } = {}) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

/** The name of what has focus, and whether it is inside `dialog`. */
const focusIn = (dialog: Locator) => dialog.evaluate((d) => d.contains(document.activeElement));

test("the page may be zoomed by the browser, yet a pinch on it zooms nothing", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/2");
  await expect(h1(page)).toBeVisible();
  const viewport = await page.locator("meta[name=viewport]").getAttribute("content");
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
  const scale = () => page.evaluate(() => window.visualViewport!.scale);
  expect(await scale()).toBe(1);
  const touch = await touchSession(page);
  await touch.pinch(await centre(page.getByRole("main")), 80, 500);
  await touch.pinch({ x: 700, y: 600 }, 60, 400, 20);
  await page.waitForTimeout(300);
  expect(await scale()).toBe(1);
});

test("each new screen takes the focus on its heading and is named by one polite live region", async ({ page }) => {
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await page.getByRole("link", { name: /Mosque/ }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque");
  const title = (await h1(page).textContent())!.trim();
  await expect(h1(page)).toBeFocused();
  await expect(said(page)).toHaveText(title);

  await page.getByRole("link", { name: "Start tour" }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/1");
  await expect(h1(page)).toBeFocused();
  const step1 = (await h1(page).textContent())!.trim();
  await expect(said(page)).toHaveText(`Step 1 of 11: ${step1}`);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Step 1 of 11");
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(h1(page)).toHaveCount(1);
  await expect(page.locator("[aria-live]")).toHaveCount(1);

  await page.getByRole("link", { name: "Next" }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/2");
  await expect(h1(page)).toBeFocused();
  const step2 = (await h1(page).textContent())!.trim();
  expect(step2).not.toBe(step1);
  await expect(said(page)).toHaveText(`Step 2 of 11: ${step2}`);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Step 2 of 11");
  // The heading stays clear of the top edge when focus scrolls to it.
  expect(await h1(page).evaluate((h) => parseFloat(getComputedStyle(h).scrollMarginTop))).toBeGreaterThan(0);

  // Changing language keeps the visitor's place (and does not move focus to the heading).
  const russian = page.getByRole("button", { name: "Русский" });
  await russian.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(russian).toBeFocused();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Остановка 2 из 11");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");

  await page.goto("/nowhere");
  await expect(h1(page)).toBeFocused();
  await expect(said(page)).toHaveText("Səhifə tapılmadı");
});

test("a keyboard alone takes the tour: Tab, Enter and the arrow keys", async ({ page }) => {
  await page.goto("/");
  const begin = page.getByRole("button", { name: /Touch to begin/ });
  await expect(begin).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/home");
  await expect(h1(page)).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "English" }));
  await page.keyboard.press("Space");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await tabTo(page, page.getByRole("link", { name: /Cemetery/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/tour/khojaly-cemetery");
  await tabTo(page, page.getByRole("link", { name: "Start tour" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/1");
  await expect(h1(page)).toBeFocused();

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/2");
  await expect(said(page)).toContainText("Step 2 of 10");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/3");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/1");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL("/tour/khojaly-cemetery");
  // Focus is always drawn: a ring of 2 px or more on the control Tab reaches.
  await tabTo(page, page.getByRole("link", { name: "Start tour" }));
  const ring = await page.getByRole("link", { name: "Start tour" }).evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test("the picture viewer keeps focus, zooms by buttons and keys, and gives focus back on Escape", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  const picture = page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first();
  await tabTo(page, picture);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusIn(dialog)).toBe(true);
  // Tab and Shift+Tab go round inside the dialog.
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(key);
      expect(await focusIn(dialog), `${key} ×${i + 1}`).toBe(true);
    }
  }
  const stage = dialog.locator("[data-zoomed]");
  // The picture zooms and moves inside its frame (together with any place names on it).
  const transform = () => dialog.locator(".viewer-frame").evaluate((frame) => (frame as HTMLElement).style.transform);
  for (const name of ["Zoom in", "Zoom out", "Reset zoom"]) {
    const box = (await dialog.getByRole("button", { name }).boundingBox())!;
    expect(box.width, name).toBeGreaterThanOrEqual(48);
    expect(box.height, name).toBeGreaterThanOrEqual(48);
  }
  await dialog.getByRole("button", { name: "Zoom in" }).tap();
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  await dialog.getByRole("button", { name: "Zoom out" }).tap();
  await expect(stage).toHaveAttribute("data-zoomed", "false");
  await dialog.getByRole("button", { name: "Zoom in" }).tap();
  await dialog.getByRole("button", { name: "Zoom in" }).tap();
  await dialog.getByRole("button", { name: "Reset zoom" }).tap();
  await expect(stage).toHaveAttribute("data-zoomed", "false");

  // Keys: + zooms, the arrows move the picture (not the step), - zooms back out.
  await page.keyboard.press("+");
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  const before = await transform();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(transform).not.toBe(before);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/1");
  await page.keyboard.press("-");
  await expect(stage).toHaveAttribute("data-zoomed", "false");

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(picture).toBeFocused();
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/1");
});

test("a glossary definition opens by keyboard, closes on Escape and returns focus", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/8");
  await chooseLanguage(page, "English");
  const word = page.getByRole("main").locator("section").filter({ hasText: "Words explained" }).getByRole("button").first();
  await tabTo(page, word);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await focusIn(dialog)).toBe(true);
  await page.keyboard.press("Shift+Tab");
  expect(await focusIn(dialog)).toBe(true);
  // The arrows do not leave the step while a dialog is open.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/8");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(word).toBeFocused();
});

test("the idle warning holds focus, is said when it appears and at 10 s, and Escape continues", async ({ page }) => {
  await page.clock.install();
  await page.goto("/tour/aghdam-mosque/step/4");
  await chooseLanguage(page, "English");
  const next = page.getByRole("link", { name: "Next" });
  await next.focus();
  await page.clock.fastForward("01:31");
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("button", { name: "Continue" })).toBeFocused();
  const live = warning.locator("[data-live=countdown]");
  await expect(live).toHaveText(/start again in \d+ s/);
  const first = await live.textContent();
  // The visible countdown is not a live region; the spoken one keeps still.
  await expect(warning.locator(".idle-countdown")).not.toHaveAttribute("aria-live", /.*/);
  await page.clock.fastForward("00:05");
  await expect(warning.locator(".idle-countdown")).not.toHaveText(first!);
  await expect(live).toHaveText(first!);
  const left = Number(/(\d+) s/.exec((await warning.locator(".idle-countdown").textContent())!)![1]);
  await page.clock.fastForward((left - 10) * 1000);
  await expect(live).toHaveText(/start again in (10|9) s\./);
  await page.keyboard.press("Tab");
  expect(await focusIn(warning)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/4");
  await expect(next).toBeFocused();
});

test("Low reach is a toggle that lasts the visit and ends with it", async ({ page }) => {
  await page.clock.install();
  await page.goto("/home");
  await chooseLanguage(page, "English");
  const toggle = page.getByRole("button", { name: "Low reach" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.tap();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-reach", "low");
  // Every control now sits in the bottom band of the screen.
  const band = async () =>
    page.evaluate(() => {
      const top = innerHeight * (innerHeight > innerWidth ? 0.45 : 0.4);
      return [...document.querySelectorAll("a, button")]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.top + r.height / 2 < innerHeight)
        .filter((r) => r.top + r.height / 2 < top).length;
    });
  expect(await band()).toBe(0);
  await page.getByRole("link", { name: /Mosque/ }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque");
  await expect(page.getByRole("button", { name: "Low reach" })).toHaveAttribute("aria-pressed", "true");
  expect(await band()).toBe(0);
  // The other languages name it in their own words.
  await chooseLanguage(page, "Azərbaycanca");
  await expect(page.getByRole("button", { name: "Düymələr aşağıda" })).toHaveAttribute("aria-pressed", "true");

  await page.clock.fastForward("02:05");
  await expect(page).toHaveURL("/");
  await expect(page.locator("html")).not.toHaveAttribute("data-reach", "low");
  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await expect(page.getByRole("button", { name: "Düymələr aşağıda" })).toHaveAttribute("aria-pressed", "false");
});
