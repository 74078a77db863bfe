/**
 * Compares our Python AST with CPython's over the standard library (or any directory).
 *
 *   npx tsx scripts/compare-stdlib-ast.ts [--limit N] [--dir D] [--verbose]
 *
 * Files CPython itself cannot parse (lib2to3 test data, bad_coding...) are skipped. Prints files
 * compared, identical count and percentage, files where we report errors though CPython parsed
 * fine ("false errors"), and parse times; with --verbose, the first difference of each file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LineMap } from "../src/core/lineMap";
import { createPythonParser } from "../src/python/parser";
import { compareWithCpython, cpythonDumps, pythonFiles, stdlibDir, type FileComparison } from "./astCompare";

interface Options {
  readonly dir: string;
  readonly limit: number;
  readonly verbose: boolean;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const limit = value("--limit");
  return { dir: value("--dir") ?? stdlibDir(), limit: limit ? Number(limit) : Infinity, verbose: argv.includes("--verbose") };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const parser = await createPythonParser();
  const files = pythonFiles(opts.dir).slice(0, opts.limit);
  const results: FileComparison[] = [];
  const skipped: string[] = [];
  const batch = 100;
  for (let i = 0; i < files.length; i += batch) {
    for (const expected of cpythonDumps(files.slice(i, i + batch))) {
      if (expected.dump === undefined) skipped.push(`${path.relative(opts.dir, expected.path)}: ${expected.error ?? "?"}`);
      else results.push(compareWithCpython(parser, expected));
    }
  }
  report(opts, results, skipped);
}

function report(opts: Options, results: readonly FileComparison[], skipped: readonly string[]): void {
  const relative = (p: string): string => path.relative(opts.dir, p);
  const different = results.filter((r) => !r.identical);
  const falseErrors = results.filter((r) => r.falseErrors.length > 0);
  for (const r of different) {
    console.log(`DIFF ${relative(r.path)}`);
    if (opts.verbose) console.log(r.difference + "\n");
  }
  for (const r of falseErrors) {
    const first = r.falseErrors[0]!;
    const where = new LineMap(fs.readFileSync(r.path, "utf8")).format(first.span.start);
    console.log(`FALSE ERROR ${relative(r.path)}:${where} ${first.code} ${first.message}`);
  }
  const identical = results.length - different.length;
  const ours = results.reduce((t, r) => t + r.ourMs, 0);
  const theirs = results.reduce((t, r) => t + r.cpythonMs, 0);
  console.log(`\nskipped (CPython cannot parse them either): ${skipped.length}`);
  if (opts.verbose) for (const s of skipped) console.log(`  ${s}`);
  console.log(`files compared: ${results.length}`);
  console.log(`identical:      ${identical} (${((100 * identical) / Math.max(1, results.length)).toFixed(2)}%)`);
  console.log(`false errors:   ${falseErrors.length} files`);
  console.log(`parse time:     ours ${ours.toFixed(0)} ms (tree-sitter + conversion + checks), CPython ast.parse ${theirs.toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
