// Motion: with prefers-reduced-motion nothing moves (no CSS transition or
// animation runs, the attract pictures cut instead of cross-fading), and at
// any setting nothing flashes more than three times a second. The page
// records every transition and animation that starts while a visitor goes
// through what moves: attract slides, taps, a step change, the picture
// viewer and its zoom, the glossary and the idle warning.
import { expect, test, type Page } from "@playwright/test";
import { centre, touchSession } from "./kiosk";

/** Records every CSS transition and animation that starts (those of 0 s never run). */
function recordMotion() {
  const started: { what: string; seconds: number; iterations: string }[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
  document.addEventListener(
    "transitionrun",
    (e) => {
      const style = getComputedStyle(e.target as Element);
      started.push({ what: `transition of ${e.propertyName} on ${name(e.target as Element)}`, seconds: parseFloat(style.transitionDuration), iterations: "1" });
    },
    true,
  );
  document.addEventListener(
    "animationstart",
    (e) => {
      const style = getComputedStyle(e.target as Element);
      const seconds = parseFloat(style.animationDuration);
      if (seconds > 0) started.push({ what: `animation ${e.animationName} on ${name(e.target as Element)}`, seconds, iterations: style.animationIterationCount });
    },
    true,
  );
  (window as unknown as { motion: typeof started }).motion = started;
}

const motion = (page: Page) => page.evaluate(() => (window as unknown as { motion: { what: string; seconds: number; iterations: string }[] }).motion);

/** Everything on the kiosk that may move, as a visitor sets it off. */
async function setEverythingMoving(page: Page) {
  await page.clock.install();
  await page.goto("/");
  await page.clock.fastForward("00:17"); // two slide changes, several prompt changes
  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await page.getByRole("group", { name: /.+/ }).getByRole("button", { name: "English", exact: true }).tap();
  await page.getByRole("link", { name: /Mosque/ }).tap();
  await page.getByRole("link", { name: "Start tour" }).tap();
  await page.getByRole("link", { name: "Next" }).tap();
  await expect(page).toHaveURL("/tour/aghdam-mosque/step/2");
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  const stage = page.getByRole("dialog").locator("[data-zoomed]");
  await (await touchSession(page)).pinch(await centre(stage), 100, 300);
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
  await page.evaluate(() => {
    history.pushState(null, "", "/tour/aghdam-mosque/step/8"); // in the app: the visit stays in English
    window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
  });
  await page.locator("main .glossary-button").first().tap();
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
  await page.clock.fastForward("01:31");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.waitForTimeout(500); // let anything started by the last step report
}

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("nothing moves", async ({ page }, info) => {
    test.skip(info.project.name !== "landscape", "motion does not depend on the orientation");
    await page.addInitScript(recordMotion);
    await setEverythingMoving(page);
    expect((await motion(page)).map((m) => `${m.what} (${m.seconds} s)`)).toEqual([]);
  });
});

test("nothing flashes more than three times a second", async ({ page }, info) => {
  test.skip(info.project.name !== "landscape", "motion does not depend on the orientation");
  await page.addInitScript(recordMotion);
  await setEverythingMoving(page);
  const seen = await motion(page);
  expect(seen.length, "the walk set something moving (else this test proves nothing)").toBeGreaterThan(0);
  // A repeating animation flashes once per cycle; so do the keyframes any stylesheet declares.
  const declared = await page.evaluate(() => {
    const rules = (list: CSSRuleList): CSSRule[] =>
      [...list].flatMap((r) => (r instanceof CSSGroupingRule ? rules(r.cssRules) : [r]));
    return [...document.styleSheets]
      .flatMap((sheet) => rules(sheet.cssRules))
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && !!r.style.animationName && r.style.animationName !== "none")
      .map((r) => ({ what: `animation in "${r.selectorText}"`, seconds: parseFloat(r.style.animationDuration) || 0, iterations: r.style.animationIterationCount || "1" }));
  });
  const flashing = [...seen, ...declared].filter((m) => m.iterations !== "1" && m.seconds > 0 && 1 / m.seconds > 3);
  expect(flashing.map((m) => `${m.what}: ${m.iterations} × ${m.seconds} s`)).toEqual([]);
});
