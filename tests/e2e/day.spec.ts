// A simulated day: visitors come, browse in different languages and walk
// away mid-tour; the kiosk ends each visit by itself, returns to the attract
// screen, and its usage figures add up.
import { expect, test } from "@playwright/test";
import { LANGUAGES, openStaffMode } from "./kiosk";

test("a day of visitors ends on the attract screen with sane figures", async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date("2026-11-25T09:00:00") });
  await page.goto("/");
  const visits = [
    { lang: 0, tour: /Cümə|Cuma|Juma|Джума/, steps: 2 },
    { lang: 1, tour: /Mosque/, steps: 11 },
    { lang: 2, tour: /Hocalı/, steps: 3 },
    { lang: 3, tour: /Ходжалы/, steps: 1 },
    { lang: 1, tour: /Cemetery/, steps: 10 },
  ];
  for (const visit of visits) {
    await page.getByRole("button", { name: /Touch to begin/ }).tap();
    const lang = LANGUAGES[visit.lang];
    await page.getByRole("button", { name: lang.name, exact: true }).tap();
    await page.getByRole("link", { name: visit.tour }).first().tap();
    await page.getByRole("link").filter({ hasText: /^(Tura başla|Start tour|Начать экскурсию)$/ }).tap();
    for (let i = 1; i < visit.steps; i++) {
      await page.clock.fastForward("00:20");
      await page.locator(".step-forward").tap();
    }
    if (visit.steps >= 10) {
      await page.clock.fastForward("00:20");
      await page.locator(".step-forward").tap();
      await expect(page).toHaveURL(/\/end$/);
    }
    // The visitor walks away; the kiosk warns, then resets by itself
    // (every timer runs, as in real time).
    await page.clock.runFor("02:05");
    await expect(page).toHaveURL("/");
    await page.clock.fastForward("10:00");
  }
  await openStaffMode(page);
  await expect(page.getByText("Visits: 5")).toBeVisible();
  await expect(page.getByText("aghdam-mosque: 2 started, 1 completed (50%)")).toBeVisible();
  await expect(page.getByText("khojaly-cemetery: 3 started, 1 completed (33%)")).toBeVisible();
  const mean = Number((await page.getByText(/^Mean visit: \d+ s$/).textContent())!.match(/\d+/)![0]);
  // About 20 s per step, not counting the idle wait before each reset.
  expect(mean).toBeGreaterThan(30);
  expect(mean).toBeLessThan(300);
  await expect(page.getByText(/Languages: .*az 1.*en 2/)).toBeVisible();
  await page.getByRole("button", { name: "Leave staff mode" }).tap();
  await page.clock.runFor("02:05");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
});
