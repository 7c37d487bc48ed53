// The bundled Noto fonts draw every letter the four languages need
// (Azerbaijani ə ğ ı İ ş ç ö ü, Cyrillic with ё) in every family and weight
// the stylesheets use, with no system font standing in: Chromium reports the
// fonts it really used for a node (DevTools CSS.getPlatformFontsForNode).
import { expect, test } from "@playwright/test";

const LETTERS = "Əə Ğğ Iı İi Şş Çç Öö Üü Ёё Агдам Ağdam";
const STYLES = [
  { family: "var(--font)", weight: 400 },
  { family: "var(--font)", weight: 600 },
  { family: "var(--font)", weight: 700 },
  { family: "var(--font-serif)", weight: 600 },
];

test("the bundled fonts draw every letter, without a system fallback", async ({ page }, info) => {
  test.skip(info.project.name !== "landscape", "fonts do not depend on the orientation");
  await page.goto("/tour/khojaly-cemetery");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(
    ({ letters, styles }) => {
      for (const { family, weight } of styles) {
        const probe = document.createElement("p");
        probe.dataset.fontProbe = `${family} ${weight}`;
        probe.style.fontFamily = family;
        probe.style.fontWeight = String(weight);
        probe.textContent = letters;
        document.querySelector("main")!.append(probe);
      }
    },
    { letters: LETTERS, styles: STYLES },
  );
  // Faces load as their letters are first used.
  await page.evaluate(async () => {
    await document.fonts.ready;
    document.body.getBoundingClientRect();
  });
  const client = await page.context().newCDPSession(page);
  await client.send("DOM.enable");
  await client.send("CSS.enable");
  // The probes, and the kiosk's own heading and text in Russian and Azerbaijani.
  const used: Record<string, string[]> = {};
  for (const lang of ["Русский", "Azərbaycanca"]) {
    await page.getByRole("group", { name: /.+/ }).getByRole("button", { name: lang, exact: true }).tap();
    await page.evaluate(() => document.fonts.ready);
    const { root } = await client.send("DOM.getDocument", { depth: -1 });
    for (const selector of ["[data-font-probe]", "main h1", "main p", "header a", "header button"]) {
      const { nodeIds } = await client.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
      for (const nodeId of nodeIds) {
        const { fonts } = await client.send("CSS.getPlatformFontsForNode", { nodeId });
        const { outerHTML } = await client.send("DOM.getOuterHTML", { nodeId });
        used[`${lang}: ${outerHTML.slice(0, 80)}`] = fonts.map((f) => `${f.familyName}${f.isCustomFont ? "" : " (system)"}`);
      }
    }
  }
  const probes = Object.keys(used).filter((k) => k.includes("data-font-probe"));
  expect(probes.length).toBe(STYLES.length * 2);
  const fallbacks = Object.entries(used).filter(([node, fonts]) => (fonts.length === 0 && node.includes("data-font-probe")) || fonts.some((f) => !/^Noto (Sans|Serif)/.test(f) || f.endsWith("(system)")));
  expect(fallbacks.map(([node, fonts]) => `${node} → ${fonts.join(", ")}`)).toEqual([]);
});
