// Touch and layout rules of the UI contract on every kind of screen, in all
// four languages and at both text sizes: targets of at least 48 × 48, no
// sideways scrolling, no text under 18 px.
import { expect, test } from "@playwright/test";
import { LANGUAGES } from "./kiosk";

const ADDRESSES = ["/home", "/tour/aghdam-mosque", "/tour/khojaly-cemetery/step/4", "/tour/aghdam-mosque/step/8", "/tour/khojaly-cemetery/end", "/timeline", "/nowhere"];

for (const address of ADDRESSES) {
  test(`layout of ${address}`, async ({ page }) => {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const large of [false, true]) {
      if (large) {
        await page.getByRole("button", { name: "English", exact: true }).tap();
        await page.getByRole("button", { name: "Larger text" }).tap();
        await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
      }
      for (const lang of LANGUAGES) {
        await page.getByRole("button", { name: lang.name, exact: true }).tap();
        await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
        const report = await page.evaluate(() => {
          const small: string[] = [];
          for (const el of document.querySelectorAll("a, button")) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.width < 48 || r.height < 48)) small.push(`${el.textContent?.trim()} ${r.width}x${r.height}`);
          }
          const tiny: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const parent = walker.currentNode.parentElement!;
            if (!walker.currentNode.textContent!.trim() || parent.closest("[hidden], [aria-hidden=true]")) continue;
            const size = parseFloat(getComputedStyle(parent).fontSize);
            if (size < 18) tiny.push(`${walker.currentNode.textContent!.trim().slice(0, 30)} ${size}px`);
          }
          return { small, tiny, sideways: document.documentElement.scrollWidth - window.innerWidth };
        });
        expect(report.small, `targets under 48 px (${lang.code}${large ? ", large" : ""})`).toEqual([]);
        expect(report.tiny, `text under 18 px (${lang.code})`).toEqual([]);
        expect(report.sideways, `sideways scroll (${lang.code}${large ? ", large" : ""})`).toBeLessThanOrEqual(0);
      }
    }
  });
}
