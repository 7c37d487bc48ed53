// The kiosk runs under a strict Content Security Policy (no inline script or
// style, see xtask/src/csp.rs): a whole visit, every screen and feature,
// causes not one violation. The test first makes sure the policy is really
// served and enforced, so it cannot pass for want of a policy.
import { expect, test, type Page } from "@playwright/test";
import { centre, chooseLanguage, openStaffMode, stepListTitles, stubSpeech, touchSession, TOURS } from "./kiosk";

/** Collects every violation, across page loads, with where it happened. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    const w = window as any;
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      const v = `${e.effectiveDirective} refused ${e.blockedURI || "inline"} at ${location.pathname} (${e.sourceFile}:${e.lineNumber} ${e.sample})`;
      w.__cspViolations.push(v);
      w.__cspViolation(v);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

test("a whole visit, the viewer, narration, an idle reset and staff mode cause no policy violation", async ({ page }) => {
  test.setTimeout(240_000);
  const violations = await collectViolations(page);
  await stubSpeech(page);
  await page.clock.install();

  // The policy is really there: in the server's header (with frame-ancestors,
  // which only a header can carry) and in the page itself.
  const response = await page.goto("/");
  const header = response!.headers()["content-security-policy"];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain("style-src 'self';");
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain("unsafe-inline");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  expect(meta).not.toContain("unsafe-inline");
  await expect(page.locator("head script:not([src]), head style, [style]:not(body *)")).toHaveCount(0);

  await page.getByRole("button", { name: /Touch to begin/ }).tap();
  await expect(page).toHaveURL(/\/home$/);
  await chooseLanguage(page, "English");
  await page.getByRole("button", { name: "Larger text" }).tap();
  await page.getByRole("button", { name: "High contrast" }).tap();

  // Both tours, every step; on the way the viewer, zoom, the glossary and narration.
  const used = new Set<string>();
  for (const tour of TOURS) {
    await page.getByRole("link", { name: tour.card }).tap();
    const steps = (await stepListTitles(page)).length;
    await page.getByRole("link", { name: "Start tour" }).tap();
    for (let n = 1; n <= steps; n++) {
      await expect(page).toHaveURL(`/tour/${tour.id}/step/${n}`);
      await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(n));
      if (n === 1) await useViewer(page);
      if (n === 2) for (const u of await useGlossaryAndNarration(page)) used.add(u);
      await page.getByRole("link", { name: n === steps ? "Finish" : "Next", exact: true }).tap();
    }
    await expect(page).toHaveURL(`/tour/${tour.id}/end`);
    await page.getByRole("link", { name: "Back to tours" }).tap();
  }
  expect([...used].sort()).toEqual(["glossary", "narration"]);

  // The timeline, reached from home.
  await page.locator(".home-timeline").tap();
  await expect(page).toHaveURL("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The visitor walks away: the warning, then the reset to the attract screen.
  await page.clock.fastForward("01:31");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward("00:30");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();

  // Staff mode: PIN pad, the panel, its tests, leaving.
  await openStaffMode(page);
  await page.getByRole("button", { name: "Test idle warning" }).tap();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).tap();
  await page.getByRole("button", { name: "Leave staff mode" }).tap();
  await expect(page).toHaveURL(/\/home$/);

  expect(violations).toEqual([]);

  // The listener works and the policy is enforced: an inline script and a
  // style attribute added now are refused and reported.
  const outcome = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.appendChild(script);
    const p = document.createElement("p");
    p.setAttribute("style", "color: rgb(255, 0, 0)");
    document.body.appendChild(p);
    return { ran: (window as any).__inlineRan === true, colour: getComputedStyle(p).color };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.colour).not.toBe("rgb(255, 0, 0)");
  // (Each is reported once per policy: the header's and the page's.)
  await expect.poll(() => violations.join("\n")).toMatch(/script-src-elem refused inline/);
  await expect.poll(() => violations.join("\n")).toMatch(/style-src-attr refused inline/);
  for (const v of violations.filter((v) => !v.startsWith("console"))) {
    expect(v).toMatch(/^(script-src-elem|style-src-attr) refused inline at \/home /);
  }
});

/** Opens the first picture, zooms it by double tap and a pinch, closes it. */
async function useViewer(page: Page) {
  await page.getByRole("main").getByRole("button").filter({ has: page.getByRole("img") }).first().tap();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const stage = dialog.locator("[data-zoomed]");
  const touch = await touchSession(page);
  const middle = await centre(stage);
  await touch.tap(middle);
  await touch.tap(middle);
  await expect(stage).toHaveAttribute("data-zoomed", "true");
  await touch.pinch(middle, 100, 300);
  await dialog.getByRole("button", { name: "Close" }).tap();
  await expect(dialog).toHaveCount(0);
}

/** Opens a glossary definition if the step has one, plays and pauses narration if it has any. */
async function useGlossaryAndNarration(page: Page): Promise<string[]> {
  const used: string[] = [];
  const term = page.locator(".glossary-button").first();
  if (await term.count()) {
    await term.tap();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
    used.push("glossary");
  }
  const play = page.getByRole("button", { name: "Play narration" });
  if (await play.count()) {
    await play.tap();
    await page.getByRole("button", { name: "Pause narration" }).tap();
    used.push("narration");
  }
  return used;
}
