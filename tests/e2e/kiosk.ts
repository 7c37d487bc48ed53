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

type Point = { x: number; y: number };

/** Real touch input through the DevTools protocol (Playwright has no swipe or pinch). */
export async function touchSession(page: Page) {
  const client = await page.context().newCDPSession(page);
  const send = (type: "touchStart" | "touchMove" | "touchEnd", points: Point[]) =>
    client.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  return {
    /** One finger from `from` to `to` in `steps` moves. */
    async swipe(from: Point, to: Point, steps = 10) {
      await send("touchStart", [from]);
      for (let i = 1; i <= steps; i++) {
        await send("touchMove", [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }]);
      }
      await send("touchEnd", []);
    },
    /** Two fingers moving apart from `gap` to `endGap` pixels around `center`. */
    async pinch(center: Point, gap: number, endGap: number, steps = 10) {
      const at = (g: number) => [{ x: center.x - g / 2, y: center.y }, { x: center.x + g / 2, y: center.y }];
      await send("touchStart", at(gap));
      for (let i = 1; i <= steps; i++) await send("touchMove", at(gap + ((endGap - gap) * i) / steps));
      await send("touchEnd", []);
    },
    async tap(p: Point) {
      await send("touchStart", [p]);
      await send("touchEnd", []);
    },
  };
}

/** The centre of a locator's box. */
export async function centre(locator: import("@playwright/test").Locator): Promise<Point> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Opens staff mode the way staff do: five touches in the top-left corner of home, then the PIN. */
export async function openStaffMode(page: Page, pin = "2468") {
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await tapCorner(page, 5);
  await expect(page).toHaveURL("/staff");
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Enter", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "Usage figures" })).toBeVisible();
}

/** `times` quick touches in the staff corner (raw touch events, so they stay within 3 s on a busy machine). */
export async function tapCorner(page: Page, times: number) {
  const client = await page.context().newCDPSession(page);
  for (let i = 0; i < times; i++) {
    await client.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 60, y: 60, id: 0 }] });
    await client.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }
}

/** A speech engine that plays until cancelled (headless Chromium has no voices). */
export async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    let current: any = null;
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => [{ lang: "en-GB", localService: true, name: "Test" }],
        speak(u: any) { current = u; },
        cancel() { const u = current; current = null; u?.onend?.(); },
      },
    });
    (window as any).SpeechSynthesisVoice = Object;
    (window as any).SpeechSynthesisUtterance = class { text: string; onend: any; onerror: any; lang = ""; voice: any; constructor(t: string) { this.text = t; } };
  });
}
