// Shared steps for the specs: finding things by role and name, as a visitor
// (or a screen reader) would.
import { expect, type Page } from "@playwright/test";

export const TOURS = [
  { id: "aghdam-mosque", card: /Mosque/ },
  { id: "khojaly-cemetery", card: /Cemetery/ },
] as const;

export const LANGUAGES = [
  { name: "Azərbaycanca", code: "az", home: "Ana səhifə" },
  { name: "English", code: "en", home: "Home" },
  { name: "Türkçe", code: "tr", home: "Ana sayfa" },
  { name: "Русский", code: "ru", home: "Главная" },
] as const;

/** Taps the language button `name` and waits until the page speaks it. */
export async function chooseLanguage(page: Page, name: (typeof LANGUAGES)[number]["name"]) {
  const lang = LANGUAGES.find((l) => l.name === name)!;
  await page.getByRole("group", { name: /.+/ }).getByRole("button", { name, exact: true }).tap();
  await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
}

/** The "Step n of N" numbers shown on a step screen. */
export async function stepNumbers(page: Page): Promise<[number, number]> {
  const bar = page.getByRole("progressbar");
  const now = Number(await bar.getAttribute("aria-valuenow"));
  const max = Number(await bar.getAttribute("aria-valuemax"));
  return [now, max];
}

/** The step titles listed on a tour overview (without their numbers, which are hidden from screen readers). */
export async function stepListTitles(page: Page): Promise<string[]> {
  const links = page.getByRole("list").first().getByRole("link");
  await expect(links.first()).toBeVisible();
  return (await links.allTextContents()).map((t) => t.replace(/^\d+/, "").trim());
}
