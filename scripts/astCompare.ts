/**
 * Compares our AST with CPython's, file by file, through the same `ast.dump(indent=1)` text
 * (scripts/dumpAst.py on the Python side, src/python/dump.ts on ours). Shared by
 * scripts/compare-stdlib-ast.ts and test/unit/pythonAst.test.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../src/core/diagnostics";
import { dumpModule } from "../src/python/dump";
import type { PythonParser } from "../src/python/parser";

export interface CpythonDump {
  readonly path: string;
  readonly dump?: string;
  readonly error?: string;
  /** Time CPython's ast.parse took, in milliseconds. */
  readonly ms?: number;
  /** The decoded text, when it is not the file's plain UTF-8 reading. */
  readonly source?: string;
}

export interface FileComparison {
  readonly path: string;
  readonly identical: boolean;
  /** The first differing lines, with context (empty when identical). */
  readonly difference: string;
  /** Errors we report on a file CPython parses. */
  readonly falseErrors: readonly Diagnostic[];
  readonly ourMs: number;
  readonly cpythonMs: number;
}

export function stdlibDir(): string {
  return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
}

/** Every .py file of the standard library, sorted; installed third-party packages are not stdlib. */
export function pythonFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "site-packages" && entry.name !== "__pycache__") walk(full);
      } else if (entry.name.endsWith(".py")) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files.sort();
}

/** CPython's dumps of `files`, from one python3 process per call. */
export function cpythonDumps(files: readonly string[]): CpythonDump[] {
  if (files.length === 0) return [];
  const output = execFileSync("python3", [path.join(__dirname, "dumpAst.py"), "--batch"], {
    input: files.join("\n"),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return output.split("\n").filter(Boolean).map((line) => JSON.parse(line) as CpythonDump);
}

/** Parses the file as CPython read it and compares the dumps. */
export function compareWithCpython(parser: PythonParser, expected: CpythonDump): FileComparison {
  const source = expected.source ?? fs.readFileSync(expected.path, "utf8");
  const started = performance.now();
  const result = parser.parse(source);
  const ourMs = performance.now() - started;
  const ours = dumpModule(result.module);
  const theirs = expected.dump ?? "";
  const identical = ours === theirs;
  return {
    path: expected.path,
    identical,
    difference: identical ? "" : firstDifference(ours, theirs),
    falseErrors: result.diagnostics.filter((d) => d.severity === "error"),
    ourMs,
    cpythonMs: expected.ms ?? 0,
  };
}

/** The first differing line of two dumps, with a few lines of context, diff style. */
export function firstDifference(ours: string, theirs: string, context = 4, shown = 12): string {
  const a = ours.split("\n");
  const b = theirs.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  const lines = [`@@ dump line ${i + 1} @@`];
  for (let k = from; k < i; k++) lines.push(`  ${a[k]}`);
  for (let k = i; k < Math.min(a.length, i + shown); k++) lines.push(`- ${a[k]}   (ours)`);
  for (let k = i; k < Math.min(b.length, i + shown); k++) lines.push(`+ ${b[k]}   (CPython)`);
  return lines.join("\n");
}
