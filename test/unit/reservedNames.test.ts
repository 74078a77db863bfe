/**
 * Python identifiers that mean something to JavaScript (reserved words, Object.prototype members, host
 * globals, TypeScript's library types, the runtime's own helpers) in every position a name can take:
 * each generated program must compile under tsc --strict and print exactly what CPython prints.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { standaloneTs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { differential } from "../support/pythonGen";

const names = [
  // JavaScript reserved words and strict-mode names that are plain identifiers in Python.
  "function", "this", "new", "delete", "var", "let", "typeof", "instanceof", "void", "switch", "case", "default",
  "enum", "interface", "static", "implements", "package", "private", "protected", "public", "arguments", "eval",
  "undefined", "NaN", "Infinity", "of", "any", "unknown", "never", "declare", "namespace", "module", "readonly",
  "keyof", "super", "do", "catch", "const", "export", "extends", "debugger", "throw", "switch",
  // Object.prototype and Function members.
  "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
  "__proto__", "__defineGetter__", "__lookupSetter__", "prototype", "then", "name", "length", "call", "apply", "bind",
  // Host globals and library types.
  "process", "require", "exports", "globalThis", "Function", "Atomics", "Object", "Array", "Promise", "Symbol",
  "console", "Map", "Set", "Error", "JSON", "Math", "Reflect", "setTimeout", "queueMicrotask", "AsyncIterator",
  "Iterable", "Record", "Partial", "PromiseLike",
  // Runtime helpers and their internals.
  "run", "sleep", "str", "repr", "markTuple", "isTuple", "pythonClassName", "nameError", "typeOf", "splitGroup",
  "Future", "Task", "Event", "Queue", "BaseException", "PyTypeError", "hostWrite",
].filter((n, i, all) => all.indexOf(n) === i);

const positions: Record<string, (name: string, i: number) => string> = {
  variable: (n, i) => `${n} = ${i}\nprint("${n}", ${n}, ${n} + 1)\n`,
  local: (n, i) => `def use_${i}():\n    ${n} = "local ${i}"\n    return ${n}\nprint(use_${i}())\n`,
  parameter: (n, i) => `def param_${i}(${n}, other=${i}):\n    return ${n} * 2 + other\nprint(param_${i}(${i}))\n`,
  function: (n, i) => `def ${n}(x):\n    return x + ${i}\nprint("${n}", ${n}(1))\n`,
  class: (n, i) => `class ${n}:\n    def __init__(self):\n        self.v = ${i}\nobj_${i} = ${n}()\nprint(obj_${i}.v, ${n}.__name__, type(obj_${i}).__name__)\n`,
  attribute: (n, i) => `class Holder${i}:\n    def __init__(self):\n        self.${n} = ${i}\nh${i} = Holder${i}()\nh${i}.${n} += 1\nprint(h${i}.${n})\n`,
  method: (n, i) => `class Owner${i}:\n    def ${n}(self, x):\n        return x * ${i}\no${i} = Owner${i}()\nprint(o${i}.${n}(2), str(o${i}).startswith("<"))\n`,
  "dict key": (n, i) => `d${i} = {"${n}": ${i}}\nd${i}["${n}"] += 1\nprint(d${i}, d${i}["${n}"], "${n}" in d${i}, "${n}x" in d${i}, list(d${i}))\n`,
};

function compileErrors(sources: ReadonlyMap<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-names-"));
  try {
    const files = [...sources].map(([label, text]) => {
      const file = path.join(dir, `${label.replace(/\W/g, "_")}.ts`);
      writeFileSync(file, `${text}\nexport {};\n`);
      return file;
    });
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [], skipLibCheck: true };
    return ts.getPreEmitDiagnostics(ts.createProgram(files, options)).map((d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("names JavaScript gives a meaning, in every position, behave as in Python", function () {
  this.timeout(300_000);
  const programs = Object.entries(positions).map(([position, make]) => ({ position, source: names.map((n, i) => make(n, i)).join("") }));

  it(`${names.length} names x ${programs.length} positions compile under tsc --strict`, async () => {
    const translations = new Map<string, string>();
    for (const p of programs) {
      const t = await translate(p.source);
      assert.deepEqual(t.diagnostics.filter((d) => d.severity === "error").map((d) => d.message), [], p.position);
      translations.set(p.position, standaloneTs(t));
    }
    assert.deepEqual(compileErrors(translations), []);
  });

  it("print what CPython prints", async () => {
    const outcomes = await differential(programs.map((p) => p.source), 2);
    const bad = outcomes.map((o, i) => ({ ...o, position: programs[i]!.position })).filter((o) => o.mismatch !== null);
    assert.deepEqual(
      bad.map((o) => `${o.position}: ${o.mismatch}\n--- CPython\n${o.python.stdout}${o.python.error ?? ""}\n--- asyncio-ts\n${o.ours?.stdout ?? ""}${o.ours?.error ?? ""}`),
      [],
    );
  });
});
