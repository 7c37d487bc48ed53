// Content is text, never markup: a tour whose texts hold HTML, script
// addresses or a word longer than the screen shows them as plain text,
// wraps, and runs nothing. The real tour file is fetched and changed here.
import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

const SCRIPT = "<script>window.__pwned='script';alert(1)</script>";
const IMG = `<img src=x onerror="window.__pwned='img';alert(2)">`;
const LINK = `<a href="javascript:window.__pwned='link'">javascript:alert(3)</a>`;

/** Serves the mosque tour with `change` applied to its JSON. */
async function serveMosque(page: Page, change: (tour: any) => void) {
  await page.route("**/content/tours/aghdam-mosque.json", async (route) => {
    const response = await route.fetch();
    const tour = await response.json();
    change(tour);
    await route.fulfill({ response, json: tour });
  });
}

/** Records what markup would do if it ran: dialogs, the flag, new images. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    async expectNothingRan() {
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      // No element was made from the text: no image "x", no inline script, no link.
      await expect(page.locator('img[src="x"], body script, a[href^="javascript"]')).toHaveCount(0);
    },
  };
}

/** No sideways scroll, and `element` is within the viewport, its text not overflowing. */
async function expectWrapped(page: Page, element: import("@playwright/test").Locator) {
  const fits = await element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      overflow: el.scrollWidth - el.clientWidth,
      left: box.left,
      right: box.right - window.innerWidth,
    };
  });
  expect(fits.sideways, "sideways scroll").toBeLessThanOrEqual(0);
  expect(fits.overflow, "text running out of its box").toBeLessThanOrEqual(0);
  expect(fits.left).toBeGreaterThanOrEqual(0);
  expect(fits.right, "box beyond the right edge").toBeLessThanOrEqual(0);
}

test("markup and a very long word in texts the validator accepts are shown as plain text and wrap", async ({ page }) => {
  // Within the validator's limits: a 48-character title, 400 characters a paragraph.
  const longWord = "Aghdam".repeat(65); // 390 characters, no break opportunity
  await serveMosque(page, (tour) => {
    tour.subtitle.en = `${IMG} javascript:alert(3)`;
    const step = tour.steps[0];
    step.title.en = "<script>alert(1)</script>";
    step.body.en = `${SCRIPT} ${IMG}\n\n${LINK}\n\n${step.body.en.split("\n\n")[0]}\n\n${longWord}`;
    step.pictures[0].caption.en = LINK;
  });
  const ran = await watch(page);
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await page.getByRole("link", { name: /Mosque/ }).tap();
  await expect(page.getByText(`${IMG} javascript:alert(3)`, { exact: true }).first()).toBeVisible();

  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<script>alert(1)</script>");
  const body = page.locator(".step-body");
  await expect(body).toContainText(`${SCRIPT} ${IMG}`);
  await expect(body).toContainText(LINK);
  await expect(page.getByText(LINK, { exact: true }).first()).toBeVisible();
  const word = body.getByText(longWord);
  await expect(word).toBeVisible();
  await expectWrapped(page, word);
  // The picture opens in the viewer with its caption as text.
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  await expect(page.getByRole("dialog")).toContainText(LINK);
  await ran.expectNothingRan();
});

test("a 5,000-character word is refused by the validator: a calm message, nothing runs, nothing overflows", async ({ page }) => {
  await serveMosque(page, (tour) => {
    tour.steps[0].body.en = `${SCRIPT}\n\n${"x".repeat(5000)}`;
    tour.subtitle.en = IMG;
  });
  const ran = await watch(page);
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Part of this information cannot be shown right now.");
  await alert.getByText("Technical detail").tap();
  await expect(alert).toContainText(/steps\[0\]\.body\.en: \d+ characters, more than the 800 allowed/);
  await expect(alert).toContainText("paragraph 2 has 5000 characters");
  await expectWrapped(page, alert);
  // The other tour is still there.
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("link", { name: /Cemetery/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Mosque/ })).toHaveCount(0);
  await ran.expectNothingRan();
});
