// The monkey: random taps, swipes, long presses, pinches, language and
// display switches, staff mode, turns of the screen and idle waits (fake
// clock), thousands of them in one page. Every 250 actions the kiosk must
// still be healthy: no error, a known screen that is not blank, no sideways
// scroll, memory near where it started.
//
// MONKEY_ACTIONS (default 2,000) and MONKEY_SEED (default: a new seed each
// run, printed first) choose the run; `cargo xtask test` passes a fresh
// seed, `cargo xtask monkey --actions N --seed S` replays or extends one.
import { expect, test } from "@playwright/test";
import { describe, expectKnownScreen, measure, sidewaysOverflow, watchErrors, type Memory } from "./health";
import { LANDSCAPE, Monkey, Rng } from "./monkey";

const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 2000);
const SEED = Number(process.env.MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 32));
const CHECK_EVERY = 250;

// Bounds on memory after garbage collection. Normal use moves the JS heap
// by a few MB at most (the content is loaded once; screens come and go), so
// 20 MB more means something is kept per action. The attract screen, where
// the run starts, has the fewest nodes and the timeline the most (about 5
// times as many, plus the dialogs): three times the start plus 2,000 nodes
// holds any one screen, while a screen's worth kept on each of a few hundred
// actions breaks it.
const HEAP_GROWTH = 20 * 1048576;
const nodeLimit = (start: number) => 3 * start + 2000;

// A failure found by a seed must not pass on a retry with another seed.
test.describe.configure({ retries: 0 });
test.use({ viewport: LANDSCAPE });

test(`a monkey's ${ACTIONS} random actions leave the kiosk healthy`, async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "landscape", "the monkey turns the screen itself");
  // 120 to 500 ms an action on a 2-core machine shared with other builds (load 15 to 20).
  test.setTimeout(60_000 + ACTIONS * 600);
  console.log(`monkey: seed ${SEED}, ${ACTIONS} actions (replay: cargo xtask monkey --actions ${ACTIONS} --seed ${SEED})`);
  const origin = new URL(baseURL!).origin;
  const errors = watchErrors(page, origin);
  const log: string[] = [];
  let reloaded = false;
  page.on("load", () => {
    log.push("(the page loaded afresh)");
    reloaded = true;
  });
  // A fixed date, so that the nightly fresh start (04:00) comes only in long runs.
  await page.clock.install({ time: new Date("2026-06-01T09:00:00") });
  await page.goto("/");
  await expectKnownScreen(page, origin);
  reloaded = false;
  const client = await page.context().newCDPSession(page);
  const monkey = new Monkey(page, client, new Rng(SEED));
  const start = await measure(client);
  console.log(`monkey: at the start ${describe(start)}`);

  const check = async (done: number) => {
    expect(errors, "errors in the console or the page").toEqual([]);
    const screen = await expectKnownScreen(page, origin);
    await expect.poll(() => sidewaysOverflow(page), { message: "sideways scroll (px)" }).toBeLessThanOrEqual(0);
    const now: Memory = await measure(client);
    console.log(`monkey: ${done} actions, on ${screen}: ${describe(now)}`);
    expect(now.heap, "JS heap after GC (bytes)").toBeLessThanOrEqual(start.heap + HEAP_GROWTH);
    expect(now.nodes, "DOM nodes").toBeLessThanOrEqual(nodeLimit(start.nodes));
  };
  try {
    for (let i = 1; i <= ACTIONS; i++) {
      // After a reload, let the kiosk start before time jumps again (else its watchdog would fire).
      if (reloaded) {
        reloaded = false;
        await expectKnownScreen(page, origin);
      }
      log.push(`${i}: ${await monkey.step()}`);
      if (i % CHECK_EVERY === 0 || i === ACTIONS) await check(i);
    }
  } catch (e) {
    const last = log.slice(-20).join("\n  ");
    throw new Error(
      `the monkey failed with seed ${SEED} after ${log.filter((l) => /^\d/.test(l)).length} actions ` +
        `(replay: cargo xtask monkey --actions ${ACTIONS} --seed ${SEED})\n` +
        `${(e as Error).message}\nthe last 20 actions:\n  ${last}`,
    );
  }
  console.log(`monkey: seen (before an action, times): ${[...monkey.seen].map(([k, n]) => `${k} ${n}`).join(", ")}`);
});
