// Saves a screenshot of every kind of screen, in both orientations and all
// four languages: `cargo xtask screenshots` runs it against dist/.
// Usage: BASE_URL=http://127.0.0.1:4173 OUT=../../screenshots node screenshots.mjs [--large]
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const base = process.env.BASE_URL;
const out = process.env.OUT ?? "screenshots";
const large = process.argv.includes("--large");
if (!base) throw new Error("BASE_URL is not set");
mkdirSync(out, { recursive: true });

const LANGUAGES = { az: "Azərbaycanca", en: "English", tr: "Türkçe", ru: "Русский" };
const SCREENS = [
  ["home", "/home"],
  ["overview-mosque", "/tour/aghdam-mosque"],
  ["step-mosque", "/tour/aghdam-mosque/step/2"],
  ["overview-cemetery", "/tour/khojaly-cemetery"],
  ["step-cemetery", "/tour/khojaly-cemetery/step/4"],
  ["end-mosque", "/tour/aghdam-mosque/end"],
  ["end-cemetery", "/tour/khojaly-cemetery/end"],
  ["not-found", "/no-such-page"],
  ["timeline", "/timeline"],
];
// Screens that need a touch after loading: [name, address, button to press].
const OPENED = [
  ["viewer", "/tour/aghdam-mosque/step/1", (page) => page.locator(".figure-open").first()],
  ["glossary", "/tour/aghdam-mosque/step/8", (page) => page.locator(".glossary-button").first()],
];
const ORIENTATIONS = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } };

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  const page = await browser.newPage({ viewport, hasTouch: true });
  await page.goto(`${base}/`);
  await page.waitForSelector(".attract");
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/attract-${orientation}.png` });
  for (const [code, name] of Object.entries(LANGUAGES)) {
    for (const [screen, address] of SCREENS) {
      await page.goto(`${base}${address}`);
      await page.getByRole("button", { name, exact: true }).click();
      if (large) await page.getByRole("button", { pressed: false }).first().waitFor();
      if (large) {
        const toggle = page.locator(".display-toggle").first();
        if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
      }
      await page.waitForTimeout(200);
      const suffix = large ? "-large" : "";
      await page.screenshot({ path: `${out}/${screen}-${code}-${orientation}${suffix}.png`, fullPage: true });
    }
    for (const [screen, address, control] of OPENED) {
      await page.goto(`${base}${address}`);
      await page.getByRole("button", { name, exact: true }).click();
      await control(page).click();
      await page.getByRole("dialog").waitFor();
      await page.waitForTimeout(300);
      const suffix = large ? "-large" : "";
      await page.screenshot({ path: `${out}/${screen}-${code}-${orientation}${suffix}.png` });
    }
  }
  await page.close();
}
await browser.close();
console.log(`screenshots saved in ${out}`);
