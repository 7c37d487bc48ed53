// A seeded monkey: random taps (on controls and anywhere), swipes, long
// presses, two-finger pinches, language and display switches, staff mode,
// turns of the screen and idle waits on the fake clock. The same seed makes
// the same choices, so a failure can be replayed from its seed.
import type { CDPSession, Page } from "@playwright/test";

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export const LANDSCAPE = { width: 1920, height: 1080 };
export const PORTRAIT = { width: 1080, height: 1920 };

type Point = { x: number; y: number };
type Box = { x: number; y: number; w: number; h: number };
type Control = Box & { name: string; kind: "language" | "toggle" | "forward" | "other" };

/** What the monkey sees before each action. */
type Seen = {
  path: string;
  controls: Control[];
  forbidden: Box[];
  viewer: Box | null;
  warning: boolean;
  /** What is on screen besides the address: the viewer, a dialog, the warning, the staff panel. */
  states: string[];
};

/**
 * Staff controls the monkey must not touch: the deliberate crash, which
 * panics on purpose (tested in staff.spec.ts), and would end the run as a
 * failure it is not.
 */
const FORBIDDEN = /crash recovery|Nasazlıqdan|Çökme|сбоя/;

/** The visible controls a finger could reach now, and what not to touch. */
function look(forbiddenSource: string): Seen {
  const forbidden = new RegExp(forbiddenSource);
  const box = (e: Element) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  };
  const reachable = (e: Element) => {
    const r = e.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return !!top && (top === e || e.contains(top));
  };
  const all = [...document.querySelectorAll("a[href], button, summary, [role=button]")];
  const controls = all
    .filter((e) => !(e as HTMLButtonElement).disabled && reachable(e))
    .filter((e) => !forbidden.test(e.textContent ?? ""))
    .filter((e) => !(e instanceof HTMLAnchorElement) || e.origin === location.origin)
    .map((e) => ({
      ...box(e),
      name: (e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 40),
      kind: e.matches(".language-button") ? "language" : e.matches(".display-toggle") ? "toggle" : e.matches(".step-forward") ? "forward" : "other",
    }) as const);
  const stage = document.querySelector(".viewer-stage");
  return {
    path: location.pathname,
    controls,
    forbidden: all.filter((e) => forbidden.test(e.textContent ?? "")).map(box),
    viewer: stage ? box(stage) : null,
    warning: !!document.querySelector("[role=alertdialog]"),
    states: [
      [".viewer-stage", "picture viewer"],
      ["[role=dialog]:not(.viewer)", "other dialog"],
      ["[role=alertdialog]", "idle warning"],
      [".pin-pad", "PIN pad"],
      [".staff-panel", "staff panel"],
      ["html[data-text-size=large]", "larger text"],
      ["html[data-contrast=high]", "high contrast"],
    ]
      .filter(([selector]) => document.querySelector(selector))
      .map(([, name]) => name),
  };
}

const inside = (p: Point, b: Box) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
const centreOf = (b: Box): Point => ({ x: Math.round(b.x + b.w / 2), y: Math.round(b.y + b.h / 2) });
const at = (p: Point) => `(${Math.round(p.x)},${Math.round(p.y)})`;

/** Drives one page; `step()` does one random action and says what it did. */
export class Monkey {
  private size = LANDSCAPE;
  /** Every address and state seen before an action, with how often. */
  readonly seen = new Map<string, number>();
  constructor(
    private readonly page: Page,
    private readonly client: CDPSession,
    private readonly rng: Rng,
  ) {}

  private touch(type: "touchStart" | "touchMove" | "touchEnd", points: Point[]) {
    return this.client.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  }

  /**
   * Fingers down at the first frame's points, moving through the others,
   * then lifted. The events are sent in order without waiting for each
   * (the browser still handles them one by one): a run takes less time.
   */
  private gesture(frames: Point[][]) {
    return Promise.all([
      this.touch("touchStart", frames[0]),
      ...frames.slice(1).map((f) => this.touch("touchMove", f)),
      this.touch("touchEnd", []),
    ]);
  }

  private point(avoid: Box[]): Point | null {
    for (let tries = 0; tries < 5; tries++) {
      const p = { x: this.rng.int(0, this.size.width - 1), y: this.rng.int(0, this.size.height - 1) };
      if (!avoid.some((b) => inside(p, b))) return p;
    }
    return null;
  }

  /** One random action; returns its description for the log. */
  async step(): Promise<string> {
    let seen: Seen;
    try {
      seen = await this.page.evaluate(look, FORBIDDEN.source);
    } catch (e) {
      // The nightly fresh start (in long runs) reloads the page under the monkey's feet.
      if (!/context was destroyed|navigat/i.test(String(e))) throw e;
      await this.page.waitForLoadState();
      return "(the page was loading afresh)";
    }
    const kind = seen.path.replace(/\/step\/\d+$/, "/step/n").replace(/^\/tour\/[a-z-]+/, "/tour/…");
    for (const name of [kind, ...seen.states, this.size === LANDSCAPE ? "landscape" : "portrait"]) {
      this.seen.set(name, (this.seen.get(name) ?? 0) + 1);
    }
    const { rng } = this;
    const languages = seen.controls.filter((c) => c.kind === "language");
    const toggles = seen.controls.filter((c) => c.kind === "toggle");
    const forward = seen.controls.filter((c) => c.kind === "forward");
    const choices: [number, () => Promise<string>][] = [
      [40, async () => {
        if (seen.controls.length === 0) return "tap on a control: none in reach";
        const c = rng.pick(seen.controls);
        await this.gesture([[centreOf(c)]]);
        return `tap "${c.name}" ${at(centreOf(c))}`;
      }],
      [10, async () => {
        const p = this.point(seen.forbidden);
        if (!p) return "tap anywhere: no safe point";
        await this.gesture([[p]]);
        return `tap ${at(p)}`;
      }],
      [12, async () => {
        const from = this.point(seen.forbidden);
        if (!from) return "swipe: no safe point";
        const sideways = rng.chance(0.7);
        const length = rng.int(60, 900) * (rng.chance(0.5) ? 1 : -1);
        const to = sideways ? { x: from.x + length, y: from.y + rng.int(-40, 40) } : { x: from.x + rng.int(-40, 40), y: from.y + length };
        const steps = rng.int(2, 12);
        const along = (i: number) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
        await this.gesture(Array.from({ length: steps + 1 }, (_, i) => [along(i)]));
        return `swipe ${at(from)} to ${at(to)} in ${steps} moves`;
      }],
      [5, async () => {
        const p = this.point(seen.forbidden);
        if (!p) return "long press: no safe point";
        const ms = rng.int(600, 4000);
        await this.touch("touchStart", [p]);
        await this.page.clock.fastForward(ms);
        await this.touch("touchEnd", []);
        return `long press ${at(p)} for ${ms} ms`;
      }],
      [seen.viewer ? 14 : 4, async () => {
        const c = seen.viewer ? centreOf(seen.viewer) : { x: rng.int(200, this.size.width - 200), y: rng.int(200, this.size.height - 200) };
        const [gap, end] = [rng.int(40, 300), rng.int(40, 300)];
        const steps = rng.int(2, 10);
        const fingers = (g: number) => [{ x: c.x - g / 2, y: c.y }, { x: c.x + g / 2, y: c.y }];
        await this.gesture(Array.from({ length: steps + 1 }, (_, i) => fingers(gap + ((end - gap) * i) / steps)));
        return `pinch at ${at(c)} from ${gap} to ${end} px`;
      }],
      [languages.length ? 8 : 0, async () => {
        const l = rng.pick(languages);
        await this.gesture([[centreOf(l)]]);
        return `language ${l.name}`;
      }],
      // Most visitors on a step go on: so the monkey reaches the end of a tour too.
      [forward.length ? 10 : 0, async () => {
        await this.gesture([[centreOf(forward[0])]]);
        return `tap "${forward[0].name}" to go on`;
      }],
      [toggles.length ? 5 : 0, async () => {
        const t = rng.pick(toggles);
        await this.gesture([[centreOf(t)]]);
        return `toggle "${t.name}"`;
      }],
      [6, async () => {
        // Mostly a pause; sometimes long enough for the warning, sometimes for the reset.
        const roll = rng.next();
        const ms = roll < 0.7 ? rng.int(1_000, 30_000) : roll < 0.9 ? rng.int(88_000, 118_000) : rng.int(121_000, 400_000);
        await this.page.clock.fastForward(ms);
        return `idle ${(ms / 1000).toFixed(1)} s`;
      }],
      [2, async () => {
        this.size = this.size === LANDSCAPE ? PORTRAIT : LANDSCAPE;
        await this.page.setViewportSize(this.size);
        return `turn to ${this.size.width}x${this.size.height}`;
      }],
      [seen.path === "/home" && !seen.warning ? 4 : 0, async () => {
        // Staff: five touches in the corner, then the PIN (now and then a wrong one).
        for (let i = 0; i < 5; i++) await this.gesture([[{ x: 60, y: 60 }]]);
        const pin = rng.chance(0.8) ? "2468" : String(rng.int(0, 9999)).padStart(4, "0");
        // The pad comes with the next screen; staff already in see the panel instead.
        await this.page.waitForSelector(".pin-key, .staff-panel", { timeout: 5_000 }).catch(() => null);
        const keys = await this.page.evaluate(() =>
          [...document.querySelectorAll(".pin-key")].map((k) => {
            const r = k.getBoundingClientRect();
            return { name: k.matches(".pin-enter") ? "Enter" : (k.textContent ?? "").trim(), x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }),
        );
        if (keys.length === 0) return `staff corner: no PIN pad (${pin} not entered)`;
        for (const digit of [...pin, "Enter"]) {
          const key = keys.find((k) => k.name === digit);
          if (key) await this.gesture([[key]]);
        }
        return `staff corner, PIN ${pin}`;
      }],
      [2, async () => {
        const key = rng.pick(["Tab", "Enter", "Escape", " "]);
        await this.page.keyboard.press(key);
        return `key "${key}"`;
      }],
    ];
    let roll = rng.next() * choices.reduce((sum, [w]) => sum + w, 0);
    for (const [weight, act] of choices) {
      roll -= weight;
      if (roll < 0) return `${seen.path}: ${await act()}`;
    }
    return `${seen.path}: nothing`;
  }
}
