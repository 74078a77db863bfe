/**
 * `sys`: writing to stdout and stderr, `exit(n)` with its exit status, and the interpreter's facts
 * (`version_info` of CPython 3.11, `platform`, `argv`, `getrecursionlimit()`).
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T } from "../types";
import { impossible, supported, type StdlibModule } from "./module";

const versionFields = ["major", "minor", "micro", "releaselevel", "serial"] as const;

export const sysModule: StdlibModule = {
  name: "sys",
  summary: "the output streams, exit status and facts about the interpreter (CPython 3.11)",
  names: [
    supported("exit", "`sysExit(n)`: throws SystemExit; uncaught, the process exits with status n", ["sysExit"], "sysExit"),
    supported("stdout.write", "`streamWrite(\"stdout\", text)`: no newline added; returns the length", ["streamWrite"], "streamWrite"),
    supported("stderr.write", "`streamWrite(\"stderr\", text)`", ["streamWrite"], "streamWrite"),
    supported("stdout.flush", "nothing: output is written at once", []),
    supported("stderr.flush", "nothing: output is written at once", []),
    supported("stdout", "`print(..., file=sys.stdout)`: `printWith({ file: \"stdout\" }, ...)`", ["printWith"]),
    supported("stderr", "`print(..., file=sys.stderr)`: `printWith({ file: \"stderr\" }, ...)`", ["printWith"]),
    supported("argv", "`sysArgv()`: the host's arguments (the program's name first)", ["sysArgv"]),
    supported("version_info", "`versionInfo`, `[3, 11, 7, \"final\", 0]` (`.major`, `.minor`... are its items)", ["versionInfo"]),
    ...versionFields.map((field, i) => supported(`version_info.${field}`, `\`versionInfo[${i}]\``, ["versionInfo"])),
    supported("platform", "`sysPlatform()`: Node's `process.platform` (`linux`, `darwin`, `win32`)", ["sysPlatform"]),
    supported("getrecursionlimit", "`1000` (CPython's default)", []),
    impossible("stdin", "a translated program has no input stream: read with Node's `readline` (`for await (const line of rl)`) or pass the data in"),
  ],
  call: sysCall,
  value: sysValue,
};

function sysCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  if (e.keywords.length > 0) return null;
  const args = e.args.map((a) => translateExpr(ctx, a));
  switch (name) {
    case "exit":
      if (args.length > 1) return null;
      return { ir: ctx.callHelper("sysExit", args.map((a) => a.ir), e), type: T.never };
    case "stdout.write":
    case "stderr.write":
      if (args.length !== 1 || args[0]!.type.t !== "str") return null;
      return { ir: ctx.callHelper("streamWrite", [f.str(name.slice(0, 6)), args[0]!.ir], e), type: T.int };
    case "stdout.flush":
    case "stderr.flush":
      return args.length === 0 ? { ir: f.undef(), type: T.none } : null;
    case "getrecursionlimit":
      return args.length === 0 ? { ir: f.num(1000, e), type: T.int } : null;
    default:
      return null;
  }
}

function sysValue(ctx: TranslationContext, name: string, e: py.Expr): Typed | null {
  switch (name) {
    case "argv":
      return { ir: ctx.callHelper("sysArgv", [], e), type: T.list(T.str) };
    case "platform":
      return { ir: ctx.callHelper("sysPlatform", [], e), type: T.str };
    case "version_info":
      return { ir: ctx.helper("versionInfo", e), type: T.tuple([T.int, T.int, T.int, T.str, T.int]) };
    default: {
      const field = versionFields.indexOf(name.replace(/^version_info\./, "") as (typeof versionFields)[number]);
      if (!name.startsWith("version_info.") || field < 0) return null;
      return { ir: f.index(ctx.helper("versionInfo"), f.num(field), e), type: field === 3 ? T.str : T.int };
    }
  }
}
