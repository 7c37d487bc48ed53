// Sources shown as they are (a real title in the visitor's quotes, a
// description without quotes, no made-up dates) and the locator map's place
// names in the visitor's language.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage } from "./kiosk";

const content = (file: string) => JSON.parse(readFileSync(`../../public/content/${file}`, "utf-8"));

type Text = Record<"az" | "en" | "tr" | "ru", string>;
type Source = { id: string; title?: string; lang?: string; description?: Text };
type Label = { text: Text; x: number; y: number };
type Picture = { file: string; labels?: Label[] };
type Step = { sources: string[]; pictures?: Picture[] };
type Tour = { id: string; steps: Step[] };

const SOURCES: Source[] = content("sources.json").sources;
const TOURS: Tour[] = ["aghdam-mosque", "khojaly-cemetery"].map((id) => content(`tours/${id}.json`));
const QUOTES = /[«»“”"„]/;
const NO_DATE = /undated|date not shown|title not shown/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first source of `tour`'s steps that `pick` accepts. */
function citedSource(pick: (s: Source) => boolean): { tour: Tour; source: Source } {
  for (const tour of TOURS) {
    const ids = new Set(tour.steps.flatMap((s) => s.sources));
    const source = SOURCES.find((s) => ids.has(s.id) && pick(s));
    if (source) return { tour, source };
  }
  throw new Error("no tour cites such a source");
}

/** The overview's list item for a source, found by a piece of its text. */
const sourceItem = (page: Page, text: string) =>
  page.locator(".overview-sources").getByRole("listitem").filter({ hasText: text });

test("a titled source is quoted as the visitor's language quotes; a described one is not quoted", async ({ page }) => {
  const titled = citedSource((s) => s.title !== undefined);
  await page.goto(`/tour/${titled.tour.id}`);
  const title = titled.source.title!;
  const item = sourceItem(page, title);
  await expect(item).toContainText(`«${title}»`);
  await expect(item.locator("cite")).toHaveAttribute("lang", titled.source.lang!);
  await chooseLanguage(page, "English");
  await expect(item).toContainText(`“${title}”`);

  const described = citedSource((s) => s.title === undefined && s.description !== undefined);
  await page.goto(`/tour/${described.tour.id}`);
  for (const [name, code] of [["Azərbaycanca", "az"], ["Русский", "ru"]] as const) {
    await chooseLanguage(page, name);
    const description = described.source.description![code];
    const item = sourceItem(page, description);
    await expect(item).toHaveCount(1);
    // The description stands without quotes (a publisher's own name may have them: «Анадолу»).
    await expect(item.locator("cite")).toHaveCount(0);
    const text = (await item.textContent())!;
    expect(text).toContain(`, ${description}`);
    expect(text).not.toMatch(new RegExp(`${QUOTES.source}${escape(description)}|${escape(description)}${QUOTES.source}`));
  }
});

/** The page's visible text once its sources have been drawn. */
async function screenText(page: Page, ready: string): Promise<string> {
  await expect(page.locator(ready).first()).toBeVisible();
  return page.locator("body").innerText();
}

for (const [name, code] of [["Azərbaycanca", "az"], ["English", "en"]] as const) {
  test(`no screen says "undated" (${code})`, async ({ page }) => {
    test.slow();
    for (const tour of TOURS) {
      await page.goto(`/tour/${tour.id}`);
      await chooseLanguage(page, name);
      expect(await screenText(page, ".overview-sources li")).not.toMatch(NO_DATE);
      await page.locator(".overview-start").tap();
      for (let n = 1; n <= tour.steps.length; n++) {
        await expect(page).toHaveURL(`/tour/${tour.id}/step/${n}`);
        expect(await screenText(page, ".step-source")).not.toMatch(NO_DATE);
        await page.locator(".step-forward").tap();
      }
      await expect(page).toHaveURL(`/tour/${tour.id}/end`);
      expect(await page.locator("body").innerText()).not.toMatch(NO_DATE);
    }
    await page.goto("/timeline");
    await chooseLanguage(page, name);
    expect(await screenText(page, ".timeline-event .step-source")).not.toMatch(NO_DATE);
  });
}

/** The first step of a tour with a labelled picture, counted from 1, and its labels. */
function labelledStep(): { address: string; labels: Label[] } {
  for (const tour of TOURS) {
    const n = tour.steps.findIndex((s) => s.pictures?.some((p) => p.labels?.length));
    if (n >= 0) {
      const labels = tour.steps[n].pictures!.find((p) => p.labels?.length)!.labels!;
      return { address: `/tour/${tour.id}/step/${n + 1}`, labels };
    }
  }
  throw new Error("no step has a labelled picture");
}

test("the locator map's names follow the language, legibly, at both text sizes", async ({ page }) => {
  test.slow();
  const { address, labels } = labelledStep();
  await page.goto(address);
  const frame = page.locator(".figure-frame").filter({ has: page.locator(".picture-label") });
  await expect(frame.getByText("Ağdam", { exact: true })).toHaveAttribute("lang", "az");
  for (const [name, code] of [["Русский", "ru"], ["English", "en"], ["Türkçe", "tr"], ["Azərbaycanca", "az"]] as const) {
    await chooseLanguage(page, name);
    const shown = frame.locator(".picture-label");
    await expect(shown).toHaveText(labels.map((l) => l.text[code]));
    for (const label of await shown.all()) await expect(label).toHaveAttribute("lang", code);
  }
  await chooseLanguage(page, "Русский");
  await expect(frame.getByText("Агдам", { exact: true })).toBeVisible();
  await expect(frame.getByText("Ağdam", { exact: true })).toHaveCount(0);
  // Enlarged, the map keeps its names, over the picture.
  await frame.tap();
  const dialog = page.getByRole("dialog");
  const name = dialog.getByText("Агдам", { exact: true });
  await expect(name).toHaveAttribute("lang", "ru");
  const map = (await dialog.getByRole("img").boundingBox())!;
  const box = (await name.boundingBox())!;
  expect(box.x).toBeGreaterThan(map.x);
  expect(box.x + box.width).toBeLessThan(map.x + map.width);
  expect(box.y + box.height).toBeLessThan(map.y + map.height);
  await dialog.getByRole("button", { name: "Закрыть" }).tap();
  await expect(dialog).toHaveCount(0);

  for (const large of [false, true]) {
    if (large) await page.getByRole("button", { name: "Крупный текст" }).tap();
    const picture = (await frame.locator("img").boundingBox())!;
    const boxes = [];
    for (const label of await frame.locator(".picture-label").all()) {
      const size = await label.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(18);
      const box = (await label.boundingBox())!;
      // Inside the picture, and clear of every other name.
      expect(box.x).toBeGreaterThanOrEqual(picture.x);
      expect(box.y).toBeGreaterThanOrEqual(picture.y);
      expect(box.x + box.width).toBeLessThanOrEqual(picture.x + picture.width);
      expect(box.y + box.height).toBeLessThanOrEqual(picture.y + picture.height);
      for (const other of boxes) {
        const apart =
          box.x >= other.x + other.width || other.x >= box.x + box.width || box.y >= other.y + other.height || other.y >= box.y + box.height;
        expect(apart, `${await label.textContent()} overlaps another name`).toBe(true);
      }
      boxes.push(box);
    }
  }
});

test("a plan's north letter follows the language", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque");
  const plan = page.locator(".plan");
  for (const [name, code, north] of [["Русский", "ru", "С"], ["Türkçe", "tr", "K"], ["English", "en", "N"], ["Azərbaycanca", "az", "Ş"]] as const) {
    await chooseLanguage(page, name);
    const letter = plan.locator(".picture-label");
    await expect(letter).toHaveText(north);
    await expect(letter).toHaveAttribute("lang", code);
  }
});
