// pyAdd/pySub/pyMul, the division helpers and raiseOperandTypeError against CPython: results and TypeError (or
// ZeroDivisionError) messages of + - * / // % on
// mismatched operands (python3 evaluates every expression in one run).
import assert from "node:assert/strict";
import { BaseException, pythonClassName } from "../../src/runtime/exceptions";
import { pyAdd, pyFloorDiv, pyMod, pyMul, pySub, pyTrueDiv, raiseOperandTypeError } from "../../src/runtime/operands";
import { repr } from "../../src/runtime/repr";
import { markTuple } from "../../src/runtime/tuple";
import { runPython } from "./runtimeHarness.test";

type Case = readonly [python: string, ours: () => unknown];
const t = markTuple;

const cases: Case[] = [
  ["1 + 2", () => pyAdd(1, 2)],
  ["True + True", () => pyAdd(true, true)],
  ["'a' + 'b'", () => pyAdd("a", "b")],
  ["[1] + [2]", () => pyAdd([1], [2])],
  ["(1,) + (2,)", () => pyAdd(t([1]), t([2]))],
  ["None + 1", () => pyAdd(null, 1)],
  ["1 + None", () => pyAdd(1, null)],
  ["'a' + 1", () => pyAdd("a", 1)],
  ["1 + 'a'", () => pyAdd(1, "a")],
  ["'a' + None", () => pyAdd("a", null)],
  ["[1] + (2,)", () => pyAdd([1], t([2]))],
  ["(1,) + [2]", () => pyAdd(t([1]), [2])],
  ["[1] + 'a'", () => pyAdd([1], "a")],
  ["{} + {}", () => pyAdd(new Map(), new Map())],
  ["1.5 + None", () => pyAdd(1.5, null)],
  ["5 - True", () => pySub(5, true)],
  ["'a' - 1", () => pySub("a", 1)],
  ["None - None", () => pySub(null, null)],
  ["[1] - [1]", () => pySub([1], [1])],
  ["3 * 4", () => pyMul(3, 4)],
  ["'ab' * 3", () => pyMul("ab", 3)],
  ["2 * 'ab'", () => pyMul(2, "ab")],
  ["'ab' * -1", () => pyMul("ab", -1)],
  ["[1, 2] * 2", () => pyMul([1, 2], 2)],
  ["(1,) * 3", () => pyMul(t([1]), 3)],
  ["'a' * True", () => pyMul("a", true)],
  ["'a' * 'b'", () => pyMul("a", "b")],
  ["'a' * 1.5", () => pyMul("a", 1.5)],
  ["None * 'a'", () => pyMul(null, "a")],
  ["[1] * None", () => pyMul([1], null)],
  ["None * 2", () => pyMul(null, 2)],
  ["[1] * [2]", () => pyMul([1], [2])],
  ["2.0 + 'a'", () => raiseOperandTypeError("+", 2, "a", "float", "str")],
  ["[1] + (2,)", () => raiseOperandTypeError("+", [1], [2], "list", "tuple")],
  ["None ** 2", () => raiseOperandTypeError("**", null, 2)],
  ["None // 2", () => raiseOperandTypeError("//", null, 2)],
  ["7 / 2", () => pyTrueDiv(7, 2, "int")],
  ["True / 4", () => pyTrueDiv(true, 4)],
  ["'7' / 2", () => pyTrueDiv("7", 2, "int")],
  ["7 / None", () => pyTrueDiv(7, null)],
  ["7 / 0", () => pyTrueDiv(7, 0, "int")],
  ["2.0 / 0", () => pyTrueDiv(2, 0, "float")],
  ["-7 // 2", () => pyFloorDiv(-7, 2, "int")],
  ["7.5 % 2", () => pyMod(7.5, 2, "float")],
  ["[1] // 2", () => pyFloorDiv([1], 2)],
  ["7 // 0", () => pyFloorDiv(7, 0, "int")],
  ["-7 % 3", () => pyMod(-7, 3, "int")],
  ["7 % 'a'", () => pyMod(7, "a", "int")],
  ["7.5 % 0", () => pyMod(7.5, 0, "float")],
];

function ours(run: () => unknown): string {
  try {
    return "ok " + repr(run());
  } catch (err) {
    if (err instanceof BaseException) return `error ${pythonClassName(err.constructor as typeof BaseException)}: ${String(err.args[0])}`;
    throw err;
  }
}

describe("runtime operands: + - * / // % on mismatched types (expected: python3)", () => {
  it("give CPython's results and TypeError messages", async () => {
    const program = [
      "import json",
      `for src in json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => c[0])))}):`,
      "    try:",
      "        print(json.dumps('ok ' + repr(eval(src))))",
      "    except (TypeError, ZeroDivisionError) as e:",
      "        print(json.dumps(f'error {type(e).__name__}: {e}'))",
    ].join("\n");
    const out = await runPython(program);
    assert.equal(out.exitCode, 0, out.stderr);
    const expected = out.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as string);
    const mismatches = cases
      .map(([py, run], i) => ({ py, want: expected[i], got: ours(run) }))
      .filter((m) => m.want !== m.got)
      .map((m) => `${m.py}\n    python: ${m.want}\n    ours:   ${m.got}`);
    assert.equal(mismatches.join("\n"), "");
  });
});
