// What the long runs (monkey.spec.ts, soak.spec.ts) check from outside the
// kiosk: the errors it reports, the screen it shows, and its memory, read
// through the DevTools protocol after a forced garbage collection.
import { expect, type CDPSession, type Page } from "@playwright/test";

/** Collects console errors, panics, page errors, failed responses and requests that leave the kiosk's origin. */
export function watchErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    // Chromium asks for /favicon.ico by itself; the kiosk shows no tab strip and has none.
    if (m.location().url.endsWith("/favicon.ico")) return;
    if (m.type() === "error" || m.text().includes("panicked")) errors.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("crash", () => errors.push("the browser tab crashed"));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) errors.push(`request away from the kiosk: ${r.url()}`);
  });
  return errors;
}

/** The kiosk's screens, by address (ui-contract.md). */
const SCREENS: [string, RegExp][] = [
  ["attract", /^\/$/],
  ["home", /^\/home$/],
  ["overview", /^\/tour\/[a-z-]+$/],
  ["step", /^\/tour\/[a-z-]+\/step\/\d+$/],
  ["end", /^\/tour\/[a-z-]+\/end$/],
  ["timeline", /^\/timeline$/],
  ["staff", /^\/staff$/],
];

/**
 * The screen shown, by name, or what is wrong with it: an unknown address,
 * another origin, "Page not found", a content problem, the crash screen, a
 * blank page, or a screen without its visible level-1 heading (the attract
 * screen: its button).
 */
export async function screenName(page: Page, origin: string): Promise<string> {
  const url = new URL(page.url());
  if (url.origin !== origin) return `away from the kiosk: ${page.url()}`;
  const seen = await page
    .evaluate(() => {
      const visible = (e: Element | null) => {
        if (!e) return false;
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
      };
      const h1 = [...document.querySelectorAll("h1")].find(visible);
      return {
        h1: h1?.textContent?.trim() ?? "",
        attract: visible(document.querySelector("button.attract")),
        text: document.body.innerText.trim().length,
        notFound: !!document.querySelector(".not-found"),
        trouble: !!document.querySelector(".content-trouble"),
        crashed: !!document.getElementById("kiosk-crash"),
      };
    })
    .catch((e: Error) => ({ error: e.message }));
  if ("error" in seen) return `unreadable page: ${seen.error}`;
  const name = SCREENS.find(([, path]) => path.test(url.pathname))?.[0];
  if (!name) return `unknown address ${url.pathname}`;
  if (seen.crashed) return `crash screen at ${url.pathname}`;
  if (seen.notFound) return `"Page not found" at ${url.pathname}`;
  if (seen.trouble) return `content problem shown at ${url.pathname}`;
  if (seen.text === 0) return `blank page at ${url.pathname}`;
  if (name === "attract" ? !seen.attract : !seen.h1) return `no visible heading at ${url.pathname}`;
  return name;
}

/** Waits (a slow machine may still be drawing) until a known screen shows; returns its name. */
export async function expectKnownScreen(page: Page, origin: string): Promise<string> {
  let name = "";
  await expect
    .poll(async () => (name = await screenName(page, origin)), { timeout: 10_000, message: "a known screen" })
    .toMatch(new RegExp(`^(${SCREENS.map(([n]) => n).join("|")})$`));
  return name;
}

/** The page scrolls sideways by this many pixels (0 when it does not). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export type Memory = {
  /** JS heap in use, bytes, after garbage collection. */
  heap: number;
  /** Live DOM nodes in the tab (text nodes included, detached ones kept alive by JS too). */
  nodes: number;
  /** Event listeners on window, on document and on every node in it. */
  listeners: number;
  /** The WebAssembly memory, bytes (it grows, never shrinks: the Rust side's high-water mark). */
  wasm: number;
};

/** Collects garbage, then measures. */
export async function measure(client: CDPSession): Promise<Memory> {
  await client.send("HeapProfiler.collectGarbage");
  await client.send("HeapProfiler.collectGarbage");
  const { usedSize } = await client.send("Runtime.getHeapUsage");
  const { nodes } = await client.send("Memory.getDOMCounters");
  const objectGroup = "health";
  const listenersOf = async (expression: string, depth: number) => {
    const { result } = await client.send("Runtime.evaluate", { expression, objectGroup });
    const { listeners } = await client.send("DOMDebugger.getEventListeners", { objectId: result.objectId!, depth, pierce: true });
    return listeners.length;
  };
  const listeners = (await listenersOf("window", 0)) + (await listenersOf("document", -1));
  const wasm = await wasmMemory(client, objectGroup);
  await client.send("Runtime.releaseObjectGroup", { objectGroup });
  return { heap: usedSize, nodes, listeners, wasm };
}

/** The size of every WebAssembly memory in the page, found by prototype (whatever the loader named it). */
async function wasmMemory(client: CDPSession, objectGroup: string): Promise<number> {
  const { result: prototype } = await client.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype", objectGroup });
  const { objects } = await client.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId!, objectGroup });
  const { result } = await client.send("Runtime.callFunctionOn", {
    objectId: objects.objectId!,
    functionDeclaration: "function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }",
    returnByValue: true,
    objectGroup,
  });
  return result.value as number;
}

/** Memory in words, for logs. */
export function describe(m: Memory): string {
  const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
  return `heap ${mb(m.heap)}, ${m.nodes} nodes, ${m.listeners} listeners, wasm ${mb(m.wasm)}`;
}
