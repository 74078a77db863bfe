// bindArguments (f(**mapping)) against CPython: the arguments it binds and its TypeError messages.
import assert from "node:assert/strict";
import { PyTypeError } from "../../src/runtime/exceptions";
import { bindArguments, type Signature } from "../../src/runtime/keywords";
import { runPython } from "./runtimeHarness.test";

// def f(a, b=2, *, c, d=4) and def g(a, **kw), as the translator describes them.
const f: Signature = { name: "f", params: ["a", "b", "c", "d"], positional: 2, required: ["a", "c"] };
const g: Signature = { name: "g", params: ["a"], positional: 1, required: ["a"], kwargs: true };
const h: Signature = { name: "h", params: ["a", "b", "c"], positional: 3, required: ["a", "b", "c"] };
const m = (entries: [unknown, unknown][]) => new Map(entries);
/** The call's own keywords for **kwargs (none here). */
const none = new Map<string, unknown>();

/** The defaults of f (b=2, d=4): bindArguments leaves a defaulted parameter undefined, the function fills it. */
const withDefaultsOfF = (bound: unknown[]): unknown[] => bound.map((v, i) => v ?? [undefined, 2, undefined, 4][i]);

type Case = readonly [python: string, ours: () => unknown[]];
const cases: Case[] = [
  ["f(1, **{'c': 3})", () => withDefaultsOfF(bindArguments(f, [1], [], none, [], m([["c", 3]])))],
  ["f(**{'a': 1, 'c': 3, 'd': 5})", () => withDefaultsOfF(bindArguments(f, [], [], none, [], m([["a", 1], ["c", 3], ["d", 5]])))],
  ["f(1, **{'c': 1, 'e': 5})", () => bindArguments(f, [1], [], none, [], m([["c", 1], ["e", 5]]))],
  ["f(1, **{'a': 1, 'c': 2})", () => bindArguments(f, [1], [], none, [], m([["a", 1], ["c", 2]]))],
  ["f(**{'b': 1})", () => bindArguments(f, [], [], none, [], m([["b", 1]]))],
  ["f(1, **{})", () => bindArguments(f, [1], [], none, [], m([]))],
  ["f(1, c=1, **{'c': 2})", () => bindArguments(f, [1, undefined, 1], [], none, ["c"], m([["c", 2]]))],
  ["f(1, 5, d=7, **{'c': 3})", () => withDefaultsOfF(bindArguments(f, [1, 5, undefined, 7], [], none, ["d"], m([["c", 3]])))],
  ["g(1, **{1: 2})", () => bindArguments(g, [1], [], none, [], m([[1, 2]]))],
  ["g(1, x=0, **{'y': 2})", () => bindArguments(g, [1], [], new Map([["x", 0]]), [], m([["y", 2]]))],
  ["g(**{'a': 1, 'b': 2}, **{'b': 3})", () => bindArguments(g, [], [], none, [], m([["a", 1], ["b", 2]]), m([["b", 3]]))],
  ["h(**{})", () => bindArguments(h, [], [], none, [], m([]))],
  ["h(1, **{})", () => bindArguments(h, [1], [], none, [], m([]))],
];

function ours(run: () => unknown[]): string {
  try {
    return "ok " + JSON.stringify(run().map((x) => (x instanceof Map ? Object.fromEntries(x) : x ?? null)));
  } catch (err) {
    if (err instanceof PyTypeError) return `TypeError: ${String(err.args[0])}`;
    throw err;
  }
}

describe("runtime keywords: f(**mapping) (expected: python3)", () => {
  it("binds arguments and raises CPython's TypeErrors", async () => {
    const program = [
      "import json",
      "def f(a, b=2, *, c, d=4): return [a, b, c, d]",
      "def g(a, **kw): return [a, kw]",
      "def h(a, b, c): return [a, b, c]",
      `for src in json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => c[0])))}):`,
      "    try:",
      "        print(json.dumps('ok ' + json.dumps(eval(src), separators=(',', ':'))))",
      "    except TypeError as e:",
      "        print(json.dumps('TypeError: ' + str(e)))",
    ].join("\n");
    const out = await runPython(program);
    assert.equal(out.exitCode, 0, out.stderr);
    const expected = out.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as string);
    // The whole result: the bound values (defaults filled as the function would) or CPython's TypeError.
    const mismatches = cases
      .map(([py, run], i) => ({ py, want: expected[i]!, got: ours(run) }))
      .filter((x) => x.want !== x.got)
      .map((x) => `${x.py}\n    python: ${x.want}\n    ours:   ${x.got}`);
    assert.equal(mismatches.join("\n"), "");
  });
});
