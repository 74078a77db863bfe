// format(value, spec) against CPython: a grid of values × format specs is evaluated by python3 in one run,
// and each of our results (or error message) must equal CPython's.
import assert from "node:assert/strict";
import { format } from "../../src/runtime/formatSpec";
import { BaseException, pythonClassName } from "../../src/runtime/exceptions";
import { runPython } from "./runtimeHarness.test";

type Value = { readonly kind: "int" | "float"; readonly text: string } | { readonly kind: "str"; readonly text: string } | { readonly kind: "bool"; readonly text: string };

const ints = ["0", "1", "-1", "7", "42", "-42", "255", "1234", "-1234567", "123456789", "9007199254740992", "1000000000000000000000"];
const floats = [
  "0.0", "-0.0", "0.5", "1.5", "2.5", "-2.5", "0.125", "0.375", "1/3", "2/3", "3.14159", "-3.14159", "1234.5", "1234567.891",
  "1e-5", "1.5e-7", "0.0001", "1e16", "1.5e16", "1e22", "123456789.0", "9.995", "9.9999999", "1e100", "5e-324",
  "1.7976931348623157e308", "float('inf')", "float('-inf')", "float('nan')", "0.1", "100.0", "4.0", "0.05", "2.675", "1e15", "999999.5",
];
const numberSpecs = [
  "", "f", ".0f", ".1f", ".2f", ".3f", "10.2f", "<10.2f", "^10.2f", "=+10.2f", "010.2f", "+.2f", " .2f", "z.1f", "#.0f", "F",
  "e", ".0e", ".2e", "#.0e", "E", "g", ".0g", ".1g", ".2g", ".3g", ".10g", "#g", "#.3g", "G", ".2", ".3", ".1", ".5", "#.2",
  ",", ",.2f", "_.3f", "015,.2f", "%", ".1%", ".0%", "n", ".3n", "d", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "_b",
  "#_x", "08_b", "c", ",d", "_d", "010,d", "09,", "+d", " d", "*^12", "*<12,", "0>8", ">8", "=8", "z", "+", "s", "5", ".2d",
  ",x", "_,", "x,", "zd", "#c", "+c", "010", "-010.3e", "011_.1f", "<05",
];
const strings = ["''", "'a'", "'abc'", "'héllo'", "'日本'", "'x y'"];
const stringSpecs = ["", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.3", "05", "=5", "+", "s", "d", ",", "#", "z", ".0", "x<4"];

const cases: { value: Value; spec: string }[] = [];
for (const v of ints) for (const spec of numberSpecs) cases.push({ value: { kind: "int", text: v }, spec });
for (const v of floats) for (const spec of numberSpecs) cases.push({ value: { kind: "float", text: v }, spec });
for (const v of strings) for (const spec of stringSpecs) cases.push({ value: { kind: "str", text: v }, spec });
for (const v of ["True", "False"]) for (const spec of ["", "d", ">5", "x", ".2f", "s"]) cases.push({ value: { kind: "bool", text: v }, spec });

/** The value of a Python literal in JS (the literals above are simple enough for this). */
function jsValue(v: Value): unknown {
  if (v.kind === "bool") return v.text === "True";
  if (v.kind === "str") return v.text.slice(1, -1);
  if (v.text === "float('inf')") return Infinity;
  if (v.text === "float('-inf')") return -Infinity;
  if (v.text === "float('nan')") return NaN;
  if (v.text.includes("/")) {
    const [a, b] = v.text.split("/");
    return Number(a) / Number(b);
  }
  return Number(v.text);
}

function ours(v: Value, spec: string): string {
  try {
    return "ok " + format(jsValue(v), spec, v.kind === "float" ? "float" : undefined);
  } catch (err) {
    if (err instanceof BaseException) return `error ${pythonClassName(err.constructor as typeof BaseException)}: ${String(err.args[0])}`;
    throw err;
  }
}

describe("format(value, spec) (expected: python3)", () => {
  const program = `
import json, sys
cases = json.loads(sys.stdin.read()) if False else json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => [c.value.text, c.spec])))})
for text, spec in cases:
    try:
        print(json.dumps("ok " + format(eval(text), spec)))
    except Exception as e:
        print(json.dumps("error " + type(e).__name__ + ": " + str(e)))
`;
  let expected: string[] = [];
  before(async () => {
    const out = await runPython(program);
    assert.equal(out.exitCode, 0, out.stderr);
    expected = out.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as string);
  });

  const chunks = [
    ["ints", (c: (typeof cases)[number]) => c.value.kind === "int"],
    ["floats", (c: (typeof cases)[number]) => c.value.kind === "float"],
    ["strings and bools", (c: (typeof cases)[number]) => c.value.kind === "str" || c.value.kind === "bool"],
  ] as const;
  for (const [label, select] of chunks) {
    it(`${label}: every value × spec matches CPython`, () => {
      const mismatches: string[] = [];
      cases.forEach((c, i) => {
        if (!select(c)) return;
        const got = ours(c.value, c.spec);
        if (got !== expected[i]) mismatches.push(`format(${c.value.text}, ${JSON.stringify(c.spec)}): python ${JSON.stringify(expected[i])}, ours ${JSON.stringify(got)}`);
      });
      assert.deepEqual(mismatches.slice(0, 40), []);
    });
  }
});
