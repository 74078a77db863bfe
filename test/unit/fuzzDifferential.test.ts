/**
 * Differential fuzzing of semantics (issue 6): small generated asyncio programs (trees of gather /
 * create_task / sleep / print / raise, every non-zero delay distinct) run under CPython and through
 * translate + runJavaScript, both on a virtual clock; stdout and the final error must match. The
 * extended vocabulary (issue 14) adds cancellation, wait_for / timeout(), TaskGroup, queues,
 * gather(return_exceptions=True) over a cancelled task, call_soon and equal call_later deadlines.
 * A fixed-seed batch here; `npm run fuzz -- --count N --seed S` runs many more and minimises mismatches.
 */
import assert from "node:assert/strict";
import { asyncioProgram, differential, renderAsyncio, Rng } from "../support/pythonGen";

const SEED = 20_240_606;
const COUNT = 25;
const EXTENDED_SEED = 14_000;
const EXTENDED_COUNT = 200;

describe("differential fuzz: generated asyncio programs print what CPython prints", function () {
  this.timeout(120_000);

  it(`${COUNT} programs (seed ${SEED})`, async () => {
    const sources = Array.from({ length: COUNT }, (_, i) => renderAsyncio(asyncioProgram(new Rng(SEED + i))));
    const outcomes = await differential(sources, 2);
    const bad = outcomes
      .map((o, i) => ({ ...o, seed: SEED + i }))
      .filter((o) => o.mismatch !== null)
      .map((o) => `seed ${o.seed}: ${o.mismatch}\n${o.source}\n--- CPython\n${o.python.stdout}${o.python.error ?? ""}\n--- asyncio-ts\n${o.ours?.stdout ?? ""}${o.ours?.error ?? ""}`);
    assert.equal(bad.length, 0, `${bad.length} mismatches (minimise with npm run fuzz -- --seed S --count 1):\n${bad.join("\n\n")}`);
  });

  it(`${EXTENDED_COUNT} programs with cancellation, timeouts, TaskGroup, queues, call_soon (seed ${EXTENDED_SEED})`, async function () {
    this.timeout(900_000);
    const options = { maxCoros: 7, maxSteps: 5, raiseChance: 0.15, vocabulary: "extended" } as const;
    const sources = Array.from({ length: EXTENDED_COUNT }, (_, i) => renderAsyncio(asyncioProgram(new Rng(EXTENDED_SEED + i), options)));
    // Each construct is exercised, not only generated in theory.
    for (const construct of [".cancel()", "asyncio.wait_for(", "asyncio.timeout(", "asyncio.TaskGroup()", "return_exceptions=True", "asyncio.Queue(", "call_soon(", "call_later("]) {
      assert.ok(sources.filter((s) => s.includes(construct)).length >= 10, `${construct} is in fewer than 10 programs`);
    }
    const outcomes = await differential(sources, 2);
    const bad = outcomes
      .map((o, i) => ({ ...o, seed: EXTENDED_SEED + i }))
      .filter((o) => o.mismatch !== null)
      .map((o) => `seed ${o.seed}: ${o.mismatch}\n${o.source}\n--- CPython\n${o.python.stdout}${o.python.error ?? ""}\n--- asyncio-ts\n${o.ours?.stdout ?? ""}${o.ours?.error ?? ""}`);
    assert.equal(bad.length, 0, `${bad.length} mismatches:\n${bad.join("\n\n")}`);
  });

  it("the generator's delays are distinct powers of two (no two timers can fire together)", () => {
    for (let i = 0; i < 50; i++) {
      const source = renderAsyncio(asyncioProgram(new Rng(SEED + i)));
      const delays = [...source.matchAll(/asyncio\.sleep\(([\d.]+)\)/g)].map((m) => Number(m[1])).filter((d) => d > 0);
      assert.equal(new Set(delays).size, delays.length, source);
      for (const d of delays) assert.ok(Number.isInteger(Math.log2(Math.round(d * 100))), `${d}`);
    }
  });
});
