// The accessibility matrix: every screen, in all four languages, in each
// project's orientation and display settings (playwright.config.ts makes one
// project per pair). Each screen is checked with axe (WCAG 2.0, 2.1 and 2.2,
// A and AA), the contrast of every rendered text and focus ring, text that
// does not fit (clipped, overflowing, overlapping, sideways scroll) and, with
// "Low reach" on, where the controls are. The kiosk is loaded once per
// project and worker: the tests run in order and walk through the app as a
// visitor would (links, language buttons, dialogs), which keeps the whole
// matrix within a few minutes.
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { installProbe, type AuditOptions } from "./a11y-page";
import { LANGUAGES, TOURS, centre, tapCorner, touchSession } from "./kiosk";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** English last: every check ends with the kiosk in English, which the walk's own steps use. */
const ORDER = ["az", "tr", "ru", "en"].map((code) => LANGUAGES.find((l) => l.code === code)!);
type Lang = (typeof LANGUAGES)[number];
const CLOSE: Record<string, string> = { az: "Bağla", en: "Close", tr: "Kapat", ru: "Закрыть" };
const CONTINUE: Record<string, string> = { az: "Davam et", en: "Continue", tr: "Devam et", ru: "Продолжить" };
const STEPS: Record<string, number> = { "aghdam-mosque": 11, "khojaly-cemetery": 10 };

/** What the project asks for (see playwright.config.ts). */
type Setup = { orientation: string; settings: string; toggles: string[] };
const setupOf = (info: TestInfo) => info.project.metadata as Setup;

const test = base.extend<object, { kiosk: Page }>({
  kiosk: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, baseURL, hasTouch, locale, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, baseURL, hasTouch, locale, serviceWorkers });
      // axe once per page load, not once per check (AxeBuilder would inject it each time).
      await context.addInitScript({ content: axe.source });
      await context.addInitScript(installProbe);
      const page = await context.newPage();
      // A fake clock (it still runs on its own) lets the idle warning come on demand.
      await page.clock.install();
      await page.goto("/");
      await use(page);
      await context.close();
    },
    { scope: "worker" },
  ],
});
test.describe.configure({ mode: "default" });
// Four languages of axe and measurements per test, on a busy 2-core machine.
test.setTimeout(120_000);

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const path = (page: Page) => new URL(page.url()).pathname;

/** Goes to `address` inside the app: by its link if the screen has one, else by the router (no reload). */
async function goTo(page: Page, address: string) {
  if (path(page) !== address) {
    const link = page.locator(`a[href="${address}"]`).first();
    if (path(page) === "/" && address === "/home") {
      await page.getByRole("button", { name: /Touch to begin/ }).tap();
    } else if ((await link.count()) > 0 && (await link.isVisible())) {
      await link.tap();
    } else {
      await page.evaluate((to) => {
        history.pushState(null, "", to);
        window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
      }, address);
    }
  }
  await expect(page).toHaveURL(address);
  if (address === "/") return;
  await expect(heading(page)).toBeVisible();
  // The walk's own steps speak English (a fresh page, after a failure, starts in Azerbaijani).
  await chooseLanguage(page, LANGUAGES.find((l) => l.code === "en")!);
}

async function chooseLanguage(page: Page, lang: Lang) {
  const button = page.getByRole("group", { name: /.+/ }).getByRole("button", { name: lang.name, exact: true });
  if ((await button.getAttribute("aria-pressed")) !== "true") await button.tap();
  await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
}

/** Turns on the project's display settings (in English) unless they are on already. */
async function applySettings(page: Page, setup: Setup) {
  await chooseLanguage(page, LANGUAGES.find((l) => l.code === "en")!);
  for (const name of setup.toggles) {
    const toggle = page.getByRole("button", { name, exact: true });
    if ((await toggle.count()) === 0) throw new Error(`no "${name}" toggle button on ${path(page)} (UI contract)`);
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  }
}

/** Waits for transitions and one-off animations to end, so colours are the final ones. */
async function settle(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** axe, contrast, fit and reach on the screen as it is now: the problems, each naming the element. */
async function audit(page: Page, setup: Setup): Promise<string[]> {
  await settle(page);
  const found = await new AxeBuilder({ page, axeSource: "void window.axe" })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true) // no iframes here; runs in the page, without opening a page per check
    .analyze();
  const problems = found.violations.flatMap((v) =>
    v.nodes.map((n) => `axe ${v.id} (${v.help}) at ${n.target.join(" ")}: ${n.html.replace(/\s+/g, " ").slice(0, 160)}`),
  );
  const options: AuditOptions = {
    highContrast: setup.toggles.includes("High contrast"),
    reachBand: setup.toggles.includes("Low reach") ? (setup.orientation === "portrait" ? 0.55 : 0.6) : 0,
  };
  problems.push(...(await page.evaluate((o) => (window as any).a11yProbe.audit(o), options)));
  return problems;
}

/** Tabs through every control of the screen; the focus-ring problems found. */
async function focusRings(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    // From the start of the page; a modal dialog keeps its focus (its trap holds Tab inside).
    if (!document.querySelector('[aria-modal="true"]')) (document.activeElement as HTMLElement | null)?.blur();
    (window as any).a11yProbe.rings.seen.length = 0;
    (window as any).a11yProbe.rings.problems.length = 0;
    return document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]").length;
  });
  for (let i = 0; i <= count; i++) await page.keyboard.press("Tab");
  const rings = await page.evaluate(() => {
    const probe = (window as any).a11yProbe;
    if (probe.rings.seen.length === 0) probe.measureActive();
    return probe.rings;
  });
  if (rings.seen.length === 0) return ["Tab focused nothing"];
  return [...new Set<string>(rings.problems)];
}

type Screen = {
  /** Shown before the language switches; the screen is checked in each language. */
  open?: (page: Page, lang: Lang) => Promise<void>;
  close?: (page: Page, lang: Lang) => Promise<void>;
};

/** Checks the screen the kiosk shows now, in each language; fails naming screen, language, orientation, settings and element. */
async function checkScreen(page: Page, info: TestInfo, screen: string, how: Screen = {}) {
  const setup = setupOf(info);
  await applySettings(page, setup);
  const found: string[] = [];
  for (const lang of ORDER) {
    await chooseLanguage(page, lang);
    if (how.open) await how.open(page, lang);
    const where = `${screen} · ${lang.code} · ${setup.orientation} · ${setup.settings}`;
    found.push(...(await audit(page, setup)).map((p) => `${where}: ${p}`));
    if (lang.code === "en") found.push(...(await focusRings(page)).map((p) => `${where}: ${p}`));
    if (how.close) await how.close(page, lang);
  }
  expect(found, `accessibility problems on ${screen}`).toEqual([]);
}

test("attract screen", async ({ kiosk: page }, info) => {
  const setup = setupOf(info);
  test.skip(setup.toggles.length > 0, "the attract screen only ever shows with the default settings (a reset restores them)");
  await goTo(page, "/");
  await expect(page.getByRole("button", { name: /Touch to begin/ })).toBeVisible();
  const where = `attract · all languages · ${setup.orientation} · ${setup.settings}`;
  const found = [...(await audit(page, setup)), ...(await focusRings(page))].map((p) => `${where}: ${p}`);
  expect(found, "accessibility problems on the attract screen").toEqual([]);
});

test("home", async ({ kiosk: page }, info) => {
  await goTo(page, "/home");
  await checkScreen(page, info, "home");
});

for (const tour of TOURS) {
  test(`overview of ${tour.id}`, async ({ kiosk: page }, info) => {
    await goTo(page, `/tour/${tour.id}`);
    await checkScreen(page, info, `overview of ${tour.id}`);
  });
  for (let n = 1; n <= STEPS[tour.id]; n++) {
    test(`step ${n} of ${tour.id}`, async ({ kiosk: page }, info) => {
      await goTo(page, `/tour/${tour.id}/step/${n}`);
      await checkScreen(page, info, `step ${n} of ${tour.id}`);
    });
  }
  test(`end of ${tour.id}`, async ({ kiosk: page }, info) => {
    await goTo(page, `/tour/${tour.id}/end`);
    await checkScreen(page, info, `end of ${tour.id}`);
  });
}

test("picture viewer, zoomed", async ({ kiosk: page }, info) => {
  await goTo(page, "/tour/aghdam-mosque/step/1");
  await checkScreen(page, info, "picture viewer (zoomed)", {
    open: async (p) => {
      await p.getByRole("main").getByRole("button").filter({ has: p.getByRole("img") }).first().tap();
      const stage = p.getByRole("dialog").locator("[data-zoomed]");
      await (await touchSession(p)).pinch(await centre(stage), 100, 300);
      await expect(stage).toHaveAttribute("data-zoomed", "true");
    },
    close: async (p, lang) => {
      await p.getByRole("dialog").getByRole("button", { name: CLOSE[lang.code], exact: true }).tap();
      await expect(p.getByRole("dialog")).toHaveCount(0);
    },
  });
});

test("glossary definition", async ({ kiosk: page }, info) => {
  await goTo(page, "/tour/aghdam-mosque/step/8");
  await checkScreen(page, info, "glossary definition", {
    open: async (p) => {
      await p.locator("main .glossary-button").first().tap();
      await expect(p.getByRole("dialog")).toBeVisible();
    },
    close: async (p, lang) => {
      await p.getByRole("dialog").getByRole("button", { name: CLOSE[lang.code], exact: true }).tap();
      await expect(p.getByRole("dialog")).toHaveCount(0);
    },
  });
});

test("timeline with a filter on", async ({ kiosk: page }, info) => {
  await goTo(page, "/timeline");
  const filter = page.getByRole("main").getByRole("button", { name: TOURS[1].card });
  if ((await filter.getAttribute("aria-pressed")) !== "true") await filter.tap();
  await expect(filter).toHaveAttribute("aria-pressed", "true");
  await checkScreen(page, info, "timeline (filtered)");
});

test("page not found", async ({ kiosk: page }, info) => {
  await goTo(page, "/no-such-page");
  await checkScreen(page, info, "not found");
});

test("idle warning", async ({ kiosk: page }, info) => {
  await goTo(page, "/home");
  await checkScreen(page, info, "idle warning", {
    open: async (p) => {
      await p.clock.fastForward("01:31");
      await expect(p.getByRole("alertdialog")).toBeVisible();
    },
    close: async (p, lang) => {
      await p.getByRole("alertdialog").getByRole("button", { name: CONTINUE[lang.code], exact: true }).tap();
      await expect(p.getByRole("alertdialog")).toHaveCount(0);
    },
  });
});

test("staff PIN pad, then the staff panel", async ({ kiosk: page }, info) => {
  await goTo(page, "/home");
  await tapCorner(page, 5);
  await expect(page).toHaveURL("/staff");
  await checkScreen(page, info, "staff PIN pad");
  for (const digit of "2468") await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Enter", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "Usage figures" })).toBeVisible();
  await checkScreen(page, info, "staff panel");
  await page.getByRole("button", { name: "Leave staff mode" }).tap();
});
