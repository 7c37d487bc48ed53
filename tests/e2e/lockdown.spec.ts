// Lockdown and self-care: nothing leads a visitor out of the kiosk, the
// page does not zoom or offer menus, a missing picture is a neat
// placeholder, unreachable content is fetched again, and the nightly fresh
// start happens only on the attract screen.
import { expect, test } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

test("no context menu, selection, dragging or way out", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const refused = await page.evaluate(() =>
    ["contextmenu", "selectstart", "dragstart"].map((type) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      document.querySelector("main p")!.dispatchEvent(event);
      return event.defaultPrevented;
    }),
  );
  expect(refused).toEqual([true, true, true]);
  const reload = await page.evaluate(() => {
    const event = new KeyboardEvent("keydown", { key: "r", ctrlKey: true, bubbles: true, cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(reload).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).touchAction)).toBe("pan-x pan-y");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).userSelect)).toBe("none");
  // Every link stays on the kiosk.
  for (const address of ["/home", "/tour/khojaly-cemetery", "/tour/aghdam-mosque/step/8", "/timeline", "/tour/khojaly-cemetery/end"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const hrefs = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => !h.startsWith("/"))).toEqual([]);
  }
});

test("a missing picture shows a neat placeholder with its description", async ({ page }) => {
  await page.route("**/media/aghdam-mosque.svg", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/tour/aghdam-mosque");
  await chooseLanguage(page, "English");
  const placeholder = page.getByRole("main").getByRole("img", { name: /mosque/i }).first();
  await expect(placeholder).toContainText("This picture cannot be shown right now");
  const broken = await page.locator("img").evaluateAll((imgs) =>
    imgs.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0 && img.getAttribute("src")).length,
  );
  expect(broken).toBe(0);
});

test("content that could not be fetched is fetched again", async ({ page }) => {
  let failures = 1;
  await page.route("**/content/tours.json", async (route) => {
    if (failures-- > 0) await route.fulfill({ status: 503, body: "restarting" });
    else await route.fallback();
  });
  await page.clock.install();
  await page.goto("/home");
  await expect(page.getByRole("alert")).toContainText("tours.json");
  await page.clock.fastForward("00:03");
  await expect(page.getByRole("link", { name: /Cümə məscidi/ })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the nightly fresh start waits for the attract screen", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-25T03:58:00") });
  await page.goto("/tour/aghdam-mosque/step/2");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => ((window as any).beforeRestart = true));
  // 04:00 passes while a visitor is reading: no restart.
  await page.clock.fastForward("01:20");
  await page.getByRole("heading", { level: 1 }).tap();
  await page.clock.fastForward("00:50");
  expect(await page.evaluate(() => (window as any).beforeRestart)).toBe(true);
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/2");
  // The visitor leaves; once the attract screen shows, the kiosk restarts afresh.
  await page.clock.fastForward("02:05");
  // The page reloads: while it does, there is nothing to ask.
  const marker = () => page.evaluate(() => (window as any).beforeRestart ?? false).catch(() => "reloading");
  await expect.poll(marker).toBe(false);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
});
