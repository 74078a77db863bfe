/** asyncio-ts translate|run|compare FILE.py — the core pipeline for scripts and CI. */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { moduleJs, moduleTs, standaloneJs, standaloneTs } from "../assemble";
import { compareCommand, formatDiagnostic, runCommand, traceCommand, translateOrReport, type CliIo } from "./commands";
import { plainCompareCommand, plainRunCommand, plainTranslateCommand } from "./plainCommands";
import { MAX_TIME_LIMIT_MS } from "../run/verdict";
import { prepareRunProcess } from "../run/runJavaScript";
import { readPythonSource } from "./readSource";

const usage = `usage: asyncio-ts <command> FILE.py [options]   (FILE.py may be - for standard input)

commands:
  translate FILE.py [-o OUT] [--js] [--standalone] [--plain]
                                      print the TypeScript translation: an import of the runtime
                                      (asyncio-ts/runtime) and the program; --js: as JavaScript;
                                      --standalone: with the helpers it uses inlined instead;
                                      --plain: the plain TypeScript (platform only, no runtime),
                                      its differences from CPython on standard error
  run FILE.py [--real-time]           translate, run, and print exactly the program's output
                                      (virtual clock by default: sleeps take no wall time)
  compare FILE.py [--python PATH]     run CPython too; print "identical" or a unified diff
                                      (exit 0 only when the outputs are identical)
  trace FILE.py [--real-time]         run and print the event loop step by step: the ready queue,
                                      timers, every task's state and line, the output so far

options:
  -o, --output OUT      write the translation to OUT instead of standard output
      --js              translate: emit JavaScript instead of TypeScript
      --standalone      translate: inline the runtime helpers (no import; runs without the package)
      --plain           translate/run/compare: the plain TypeScript view instead of the exact
                        translation (what a TypeScript developer writes with the platform alone);
                        constructs the platform lacks are refused with PT4001
      --real-time       run/compare: wait for real time instead of the virtual clock
      --time-limit MS   run/trace: stop the program after MS milliseconds (default 10000,
                        at most ${MAX_TIME_LIMIT_MS})
      --python PATH     compare: the Python interpreter (default python3)
  -h, --help            show this help

Diagnostics go to standard error as FILE:LINE:COL: error CODE message; exit status 2 when the
input cannot be translated faithfully, or when compare has no Python 3 to compare with.`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        js: { type: "boolean" },
        standalone: { type: "boolean" },
        plain: { type: "boolean" },
        "real-time": { type: "boolean" },
        "time-limit": { type: "string" },
        python: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    io.stderr(`asyncio-ts: ${(err as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage + "\n");
    return 0;
  }
  const limit = timeLimit(values["time-limit"]);
  if (typeof limit === "string") {
    io.stderr(`asyncio-ts: ${limit}\n`);
    return 2;
  }
  const [command, file] = positionals;
  if (!command || !file || !["translate", "run", "compare", "trace"].includes(command)) {
    io.stderr(`${usage}\n`);
    return 2;
  }
  // The run's process starts while the program is read and translated (on the other core); see prepareRunProcess.
  if (command !== "translate") void prepareRunProcess();
  const name = file === "-" ? "<stdin>" : file;
  const read = readPythonSource(file, name);
  if (read.kind === "failed") {
    io.stderr(`asyncio-ts: ${read.message}\n`);
    return 2;
  }
  const source = read.source.text;
  if (read.source.error) {
    io.stderr(formatDiagnostic(name, source, read.source.error) + "\n");
    return 2;
  }
  if (values.plain) {
    if (command === "translate") return plainTranslateCommand(name, source, io, { js: values.js ?? false, output: values.output });
    if (command === "run") return plainRunCommand(name, source, io, { realTime: values["real-time"] ?? false, timeLimitMs: limit });
    if (command === "compare") return plainCompareCommand(name, source, io, { python: values.python ?? "python3", realTime: values["real-time"] ?? false });
    io.stderr(`asyncio-ts: --plain works with translate, run and compare\n`);
    return 2;
  }
  switch (command) {
    case "translate": {
      const result = await translateOrReport(name, source, io);
      if (!result) return 2;
      const text = values.standalone ? (values.js ? standaloneJs(result) : standaloneTs(result)) : values.js ? moduleJs(result) : moduleTs(result);
      if (values.output) writeFileSync(values.output, text);
      else io.stdout(text);
      return 0;
    }
    case "trace":
    case "run": {
      const options = { realTime: values["real-time"] ?? false, timeLimitMs: limit };
      return command === "trace" ? traceCommand(name, source, io, options) : runCommand(name, source, io, options);
    }
    default:
      return compareCommand(name, source, io, { python: values.python ?? "python3", realTime: values["real-time"] ?? false });
  }
}

/** The --time-limit value in ms (undefined: not given), or what is wrong with it. */
function timeLimit(text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const ms = /^\s*$/.test(text) ? NaN : Number(text);
  if (ms >= 1 && ms <= MAX_TIME_LIMIT_MS) return ms;
  return `--time-limit takes a number of milliseconds from 1 to ${MAX_TIME_LIMIT_MS} (about 24.8 days), not '${text}'`;
}

if (require.main === module) {
  // A one-shot CLI never profits from V8 recompiling the parser's wasm with its optimising tier, yet
  // Node's exit waits for that background compile (100-200 ms). Baseline code is fast enough to parse
  // a file. Must run before the wasm module is compiled; the extension host keeps the default.
  setFlagsFromString("--liftoff-only");
  // `asyncio-ts translate x.py | head`: when the reader goes away there is no one left to tell, so stop
  // quietly (with the status a Unix tool killed by SIGPIPE has) rather than die on an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(141);
      throw err;
    });
  }
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`asyncio-ts: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
