// A visitor walks whole tours by touch, from the attract screen to the end.
import { expect, test } from "@playwright/test";
import { chooseLanguage, stepListTitles, stepNumbers, TOURS } from "./kiosk";

for (const tour of TOURS) {
  test(`walk the ${tour.id} tour by touch`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /Touch to begin/ }).tap();
    await expect(page).toHaveURL(/\/home$/);
    await chooseLanguage(page, "English");

    await page.getByRole("link", { name: tour.card }).tap();
    await expect(page).toHaveURL(`/tour/${tour.id}`);
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    expect(title).toMatch(tour.card);
    const stepTitles = await stepListTitles(page);
    expect(stepTitles.length).toBeGreaterThanOrEqual(3);

    await page.getByRole("link", { name: "Start tour" }).tap();
    for (let n = 1; n <= stepTitles.length; n++) {
      await expect(page).toHaveURL(`/tour/${tour.id}/step/${n}`);
      await expect(page.getByText(`Step ${n} of ${stepTitles.length}`, { exact: true })).toBeVisible();
      expect(await stepNumbers(page)).toEqual([n, stepTitles.length]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(stepTitles[n - 1]);
      await expect(page).toHaveTitle(new RegExp(`^${escape(stepTitles[n - 1])}`));
      await expect(page.getByRole("link", { name: "Back", exact: true })).toBeVisible();
      const last = n === stepTitles.length;
      await expect(page.getByRole("link", { name: "Next", exact: true })).toHaveCount(last ? 0 : 1);
      await page.getByRole("link", { name: last ? "Finish" : "Next", exact: true }).tap();
    }

    await expect(page).toHaveURL(`/tour/${tour.id}/end`);
    const other = TOURS.find((t) => t.id !== tour.id)!;
    await expect(page.getByRole("link", { name: other.card })).toHaveAttribute("href", `/tour/${other.id}`);
    await page.getByRole("link", { name: "Back to tours" }).tap();
    await expect(page).toHaveURL(/\/home$/);
    // The language chosen at the start lasts the whole visit.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
}

test("Back on the first step returns to the overview", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/2");
  await page.getByRole("link", { name: "Geri", exact: true }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/1");
  await page.getByRole("link", { name: "Geri", exact: true }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque");
});

test("the overview's step list opens each step", async ({ page }) => {
  await page.goto("/tour/khojaly-cemetery");
  await chooseLanguage(page, "English");
  const links = page.getByRole("list").first().getByRole("link");
  const third = (await stepListTitles(page))[2];
  await links.nth(2).tap();
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(third);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
