// Every address of the UI contract works typed or reloaded; anything else
// shows "Page not found"; the server answers files the way the kiosk needs.
import { expect, test } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

test("the attract screen is one button naming the prompt in all four languages", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("button", { name: /Touch to begin/ });
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName(/Başlamaq üçün toxunun.*Touch to begin.*Başlamak için dokunun.*Коснитесь/);
  // No language switch on the attract screen.
  await expect(page.getByRole("group", { name: "Dil" })).toHaveCount(0);
  // Touching anywhere, even a corner, begins.
  const box = (await button.boundingBox())!;
  await page.touchscreen.tap(box.x + 20, box.y + box.height - 20);
  await expect(page).toHaveURL(/\/home$/);
});

test("a deep address reloads straight into the step, without the attract screen", async ({ page }) => {
  await page.goto("/tour/khojaly-cemetery/step/3");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
  await page.reload();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
  await expect(page.getByRole("link", { name: "Ana səhifə" })).toBeVisible();
});

for (const address of ["/nowhere", "/tour/unknown-tour", "/tour/aghdam-mosque/step/0", "/tour/aghdam-mosque/step/99", "/tour/aghdam-mosque/step/two"]) {
  test(`${address} shows "Page not found"`, async ({ page }) => {
    await page.goto(address);
    await chooseLanguage(page, "English");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/^Page not found/);
    await page.getByRole("link", { name: "Home", exact: true }).tap();
    await expect(page).toHaveURL(/\/home$/);
  });
}

test("home offers both tours and the kiosk's name", async ({ page }) => {
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aghdam Guide");
  await expect(page.getByRole("link", { name: /Mosque/ })).toHaveAttribute("href", "/tour/aghdam-mosque");
  await expect(page.getByRole("link", { name: /Cemetery/ })).toHaveAttribute("href", "/tour/khojaly-cemetery");
});

test("the server answers 404 for missing files and serves wasm as application/wasm", async ({ page, request }) => {
  expect((await request.get("/content/missing.json")).status()).toBe(404);
  expect((await request.get("/media/missing.svg")).status()).toBe(404);
  expect((await request.get("/content/tours.json")).headers()["content-type"]).toBe("application/json");
  await page.goto("/");
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.endsWith(".wasm")),
  );
  expect(wasm).toBeTruthy();
  expect((await request.get(wasm!)).headers()["content-type"]).toBe("application/wasm");
});
