// The language switch on every kind of screen: the visitor stays where they
// are, every visible string changes, and <html lang> and the title follow.
import { expect, test } from "@playwright/test";
import { LANGUAGES } from "./kiosk";

const SCREENS = [
  { kind: "home", address: "/home" },
  { kind: "overview", address: "/tour/aghdam-mosque" },
  { kind: "step", address: "/tour/khojaly-cemetery/step/2" },
  { kind: "end", address: "/tour/aghdam-mosque/end" },
  { kind: "not found", address: "/no-such-screen" },
  { kind: "timeline", address: "/timeline" },
];

for (const screen of SCREENS) {
  test(`switching language on the ${screen.kind} screen`, async ({ page }) => {
    await page.goto(screen.address);
    const group = page.getByRole("group", { name: "Dil" });
    await expect(group.getByRole("button")).toHaveText(LANGUAGES.map((l) => l.name));
    const titles = new Set<string>();
    const headings = new Set<string>();
    for (const lang of LANGUAGES) {
      await page.getByRole("button", { name: lang.name, exact: true }).tap();
      await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
      await expect(page.getByRole("button", { name: lang.name, exact: true })).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByRole("button", { pressed: true })).toHaveCount(1);
      await expect(page.getByRole("link", { name: lang.home, exact: true })).toBeVisible();
      await expect(page).toHaveURL(screen.address);
      titles.add(await page.title());
      headings.add((await page.getByRole("heading", { level: 1 }).textContent()) ?? "");
    }
    // Every language gave its own title and heading.
    expect(titles.size).toBe(4);
    expect(headings.size).toBe(4);
  });
}

test("the display toggles are pressed and released", async ({ page }) => {
  await page.goto("/home");
  for (const name of ["Böyük yazı", "Yüksək kontrast"]) {
    const toggle = page.getByRole("button", { name });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  // The choices last while the visitor moves on.
  await page.getByRole("link", { name: /Məscid|məscid/ }).tap();
  await expect(page.getByRole("button", { name: "Böyük yazı" })).toHaveAttribute("aria-pressed", "true");
});
