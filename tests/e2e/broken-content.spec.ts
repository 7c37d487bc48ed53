// Broken or missing content never gives a blank screen: the visitor sees a
// calm message, staff see which file, and the valid tours stay available.
import { expect, test } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

test("a broken tour file leaves the other tour and names the file", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/content/tours/khojaly-cemetery.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"schema_version": 1,' }),
  );
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("link", { name: /Mosque/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Cemetery/ })).toHaveCount(0);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Part of this information cannot be shown right now.");
  await expect(alert).toContainText("tours/khojaly-cemetery.json: line 1 column 21: not valid JSON");
  expect(errors.join("\n")).toContain("tours/khojaly-cemetery.json");

  await page.goto("/tour/khojaly-cemetery");
  await expect(page.getByRole("alert")).toContainText("tours/khojaly-cemetery.json");
});

test("an unreachable index shows a message, not a blank page", async ({ page }) => {
  await page.route("**/content/tours.json", (route) => route.fulfill({ status: 500, body: "down" }));
  await page.goto("/home");
  await expect(page.getByRole("alert")).toContainText("Bu məlumatın bir hissəsi hazırda göstərilə bilmir.");
  await expect(page.getByRole("alert")).toContainText("/content/tours.json answered HTTP 500");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
