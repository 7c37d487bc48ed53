// The guided experience beyond the basics: plan hotspots, pictures in the
// viewer (pinch, double tap), glossary, swipes, narration, timeline, endings.
import { expect, test } from "@playwright/test";
import { centre, chooseLanguage, touchSession } from "./kiosk";

test("plan hotspots are numbered links to their steps", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque");
  await chooseLanguage(page, "English");
  const spots = page.getByRole("link", { name: /^Step \d+$/ });
  await expect(spots.first()).toBeVisible();
  expect(await spots.count()).toBeGreaterThanOrEqual(4);
  const name = (await spots.nth(1).getAttribute("aria-label"))!;
  const n = name.replace("Step ", "");
  // Each step title names one link only: the one in the list.
  const titles = await page.getByRole("list").first().getByRole("link").allTextContents();
  for (const title of titles.map((t) => t.replace(/^\d+/, "").trim())) {
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(1);
  }
  await spots.nth(1).tap();
  await expect(page).toHaveURL(`/tour/aghdam-mosque/step/${n}`);
  // On the step, its own spot is the highlighted one.
  await expect(page.getByRole("link", { name: `Step ${n}`, exact: true })).toHaveAttribute("data-current", "true");
});

test("a picture opens in a viewer that pinches, double-taps and closes", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  const picture = page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first();
  await expect(picture.getByRole("img")).toHaveAttribute("alt", /.{10,}/);
  await picture.tap();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const stage = dialog.locator("[data-zoomed]");
  await expect(stage).toHaveAttribute("data-zoomed", "false");
  const whole = (await dialog.getByRole("img").boundingBox())!;

  const touch = await touchSession(page);
  await touch.pinch(await centre(stage), 100, 300);
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  // The picture is drawn larger (its box grows with the zoom).
  await expect.poll(async () => (await dialog.getByRole("img").boundingBox())!.width).toBeGreaterThan(whole.width * 1.5);
  // The page itself did not zoom.
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

  // Double tap returns to the whole picture, and again zooms in. Two taps
  // must land within 350 ms; on a busy machine the protocol may be slower
  // than a finger, so a pair that arrived too far apart is tapped again.
  const middle = await centre(stage);
  const doubleTapTo = (zoomed: string) =>
    expect(async () => {
      await touch.tap(middle);
      await touch.tap(middle);
      await expect(stage).toHaveAttribute("data-zoomed", zoomed, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  await doubleTapTo("false");
  await doubleTapTo("true");

  await dialog.getByRole("button", { name: "Close" }).tap();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/1");
});

test("glossary words are marked and their buttons open a definition", async ({ page }) => {
  await page.goto("/tour/aghdam-mosque/step/8");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mihrab and qibla");
  const marks = page.locator("main mark");
  await expect(marks.first()).toBeVisible();
  const buttons = page.getByRole("main").locator("section").filter({ hasText: "Words explained" }).getByRole("button");
  expect(await buttons.count()).toBeGreaterThan(0);
  const box = (await buttons.first().boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(48);
  expect(box.height).toBeGreaterThanOrEqual(48);
  const term = (await buttons.first().textContent())!.trim();
  await buttons.first().tap();
  const dialog = page.getByRole("dialog", { name: term });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText(term);
  expect(((await dialog.textContent()) ?? "").length).toBeGreaterThan(term.length + 20);
  await dialog.getByRole("button", { name: "Close" }).tap();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("swiping left shows the next step and right the previous", async ({ page }) => {
  await page.goto("/tour/khojaly-cemetery/step/2");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  const touch = await touchSession(page);
  const heading = await centre(page.getByRole("heading", { level: 1 }));
  await touch.swipe({ x: heading.x + 200, y: heading.y }, { x: heading.x - 200, y: heading.y });
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/3");
  await touch.swipe({ x: heading.x - 200, y: heading.y }, { x: heading.x + 200, y: heading.y });
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/2");
  // A short slide is a tap, not a swipe.
  await touch.swipe({ x: heading.x, y: heading.y }, { x: heading.x - 30, y: heading.y });
  await expect(page).toHaveURL("/tour/khojaly-cemetery/step/2");
});

test("without recorded narration or a voice there is no narration button", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: { getVoices: () => [], speak() {}, cancel() {} } });
  });
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play narration" })).toHaveCount(0);
});

test("with a local voice the text is read aloud, and can be paused", async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as any).spoken = spoken;
    let current: any = null;
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => [{ lang: "en-GB", localService: true, name: "Test" }],
        speak(u: any) { current = u; spoken.push(u.text); },
        cancel() { const u = current; current = null; u?.onend?.(); },
      },
    });
    (window as any).SpeechSynthesisVoice = Object;
    (window as any).SpeechSynthesisUtterance = class { text: string; onend: any; onerror: any; lang = ""; voice: any; constructor(t: string) { this.text = t; } };
  });
  await page.goto("/tour/aghdam-mosque/step/2");
  await chooseLanguage(page, "English");
  const play = page.getByRole("button", { name: "Play narration" });
  await play.tap();
  await expect(page.getByRole("button", { name: "Pause narration" })).toBeVisible();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(await page.evaluate(() => (window as any).spoken[0])).toContain(title);
  await page.getByRole("button", { name: "Pause narration" }).tap();
  await expect(page.getByRole("button", { name: "Play narration" })).toBeVisible();
});

test("recorded narration plays and pauses its audio", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: { getVoices: () => [], speak() {}, cancel() {} } });
  });
  // Give step 1 a recording, served by the test: two seconds of silence.
  await page.route("**/content/tours/aghdam-mosque.json", async (route) => {
    const tour = await (await route.fetch()).json();
    tour.steps[0].narration = { en: "media/aghdam-mosque.svg" };
    await route.fulfill({ json: tour });
  });
  await page.route("**/media/aghdam-mosque.svg", async (route, request) => {
    if (request.resourceType() === "media") {
      await route.fulfill({ body: silentWav(2), contentType: "audio/wav" });
    } else {
      await route.fallback();
    }
  });
  await page.goto("/tour/aghdam-mosque/step/1");
  await chooseLanguage(page, "English");
  const audio = page.locator("audio");
  // Narration never starts by itself: only the button starts it.
  await expect(page.getByRole("button", { name: "Play narration" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.paused && !a.autoplay)).toBe(true);
  await page.getByRole("button", { name: "Play narration" }).tap();
  await expect(page.getByRole("button", { name: "Pause narration" })).toBeVisible();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused)).toBe(true);
  await page.getByRole("button", { name: "Pause narration" }).tap();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  await expect(page.getByRole("button", { name: "Play narration" })).toBeVisible();
});

test("the timeline is reachable from home and filters by place", async ({ page }) => {
  await page.goto("/home");
  await chooseLanguage(page, "English");
  await page.getByRole("link", { name: /Timeline/ }).tap();
  await expect(page).toHaveURL("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
  const events = page.getByRole("main").getByRole("listitem");
  const all = await events.count();
  expect(all).toBeGreaterThanOrEqual(12);
  await expect(page.getByText("23 July 1993").first()).toBeVisible();
  const mosque = page.getByRole("button", { name: /Mosque/ });
  await mosque.tap();
  await expect(mosque).toHaveAttribute("aria-pressed", "true");
  const shown = await events.filter({ visible: true }).count();
  expect(shown).toBeLessThan(all);
  expect(shown).toBeGreaterThan(0);
  await chooseLanguage(page, "Русский");
  await expect(page.getByText("23 июля 1993").first()).toBeVisible();
});

test("the cemetery tour ends with a sourced dedication", async ({ page }) => {
  await page.goto("/tour/khojaly-cemetery/end");
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("In memory");
  await expect(page.getByText(/^Sources?: /)).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to tours" })).toHaveAttribute("href", "/home");
  await expect(page.getByRole("link", { name: /Mosque/ })).toHaveAttribute("href", "/tour/aghdam-mosque");
});

function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const buffer = Buffer.alloc(44 + samples);
  buffer.write("RIFF", 0);
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write("WAVEfmt ", 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write("data", 36);
  buffer.writeUInt32LE(samples, 40);
  buffer.fill(128, 44);
  return buffer;
}
