// Staff mode: the hidden corner, the PIN pad and its lockout, the panel's
// exports and tests. Nothing of it is visible to visitors.
import { expect, test } from "@playwright/test";
import { chooseLanguage, openStaffMode, tapCorner } from "./kiosk";

test("five touches in the corner open the PIN pad, never content", async ({ page }) => {
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The corner is not a control a visitor or a screen reader can find.
  await expect(page.getByRole("button", { name: /staff/i })).toHaveCount(0);
  await tapCorner(page, 4);
  await expect(page).toHaveURL(/\/home$/);
  await tapCorner(page, 1);
  await expect(page).toHaveURL("/staff");
  await chooseLanguage(page, "English");
  await expect(page.getByText("Enter the PIN")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Usage figures" })).toHaveCount(0);
});

test("wrong PINs lock the pad for a while", async ({ page }) => {
  await page.clock.install();
  await page.goto("/staff");
  await chooseLanguage(page, "English");
  for (let attempt = 1; attempt <= 3; attempt++) {
    for (const digit of "1111") await page.getByRole("button", { name: digit, exact: true }).tap();
    await page.getByRole("button", { name: "Enter", exact: true }).tap();
    await expect(page.getByRole("status").filter({ hasText: /Wrong PIN|Locked/ })).toBeVisible();
  }
  await expect(page.getByText(/Locked: try again in (30|29) s/)).toBeVisible();
  await expect(page.getByRole("button", { name: "2", exact: true })).toBeDisabled();
  await page.clock.fastForward("00:31");
  await expect(page.getByRole("button", { name: "2", exact: true })).toBeEnabled();
  for (const digit of "2468") await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Enter", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "Usage figures" })).toBeVisible();
});

test("the panel exports figures as CSV and JSON and tests the idle warning", async ({ page }) => {
  await openStaffMode(page);
  await expect(page.getByText(/Schema version 1 · 2 tours/)).toBeVisible();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).tap()]);
  expect(csv.suggestedFilename()).toMatch(/^aghdam-kiosk-figures-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await csv.createReadStream()).toArray();
  expect(Buffer.concat(text).toString().split("\n")[0]).toBe("day,metric,key,value");
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).tap()]);
  const figures = JSON.parse(Buffer.concat(await (await json.createReadStream()).toArray()).toString());
  expect(figures.version).toBe(1);

  await page.getByRole("button", { name: "Test idle warning" }).tap();
  await expect(page.getByRole("alertdialog", { name: "Are you still there?" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).tap();
  await page.getByRole("button", { name: "Leave staff mode" }).tap();
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/staff");
  await expect(page.getByRole("heading", { name: "Usage figures" })).toHaveCount(0);
});

test("a crash shows One moment… and the kiosk comes back by itself", async ({ page }) => {
  await openStaffMode(page);
  await page.clock.install();
  await page.getByRole("button", { name: "Test crash recovery" }).tap();
  await expect(page.getByRole("alert").filter({ hasText: "One moment…" })).toBeVisible();
  await page.clock.fastForward("00:10");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
  const errors = await page.evaluate(() => localStorage.getItem("aghdam-kiosk.errors"));
  expect(errors).toContain("crash recovery test");
});

test("corrupt usage figures are reported and started afresh", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("aghdam-kiosk.figures", "{ this is not json"));
  await openStaffMode(page);
  await expect(page.getByText(/Stored usage figures could not be read and were started afresh \(aghdam-kiosk\.figures: usage figures are corrupt/)).toBeVisible();
  await expect(page.getByText("Visits: 0")).toBeVisible();
});
