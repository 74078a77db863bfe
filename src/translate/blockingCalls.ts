/**
 * Calls that run an event loop and block until it stops: `asyncio.run(...)`, `loop.run_until_complete(...)`,
 * `loop.run_forever()`, `runner.run(...)`, `with asyncio.Runner()`. JavaScript cannot block, so the code
 * around such a call becomes async and awaits it: the module code from the first one on (see index.ts), and
 * each plain `def` that makes one, directly or through another such `def` (then its callers await it too).
 */
import type * as py from "../python/ast";
import { isScopeNode, walk } from "./astWalk";

const loopRunningMethods = new Set(["run_until_complete", "run_forever"]);

/** What a module's blocking calls are: the names that hold Runners, and the plain `def`s that block. */
export class BlockingCalls {
  /** Names whose `.run(...)` blocks: asyncio itself (`import asyncio as aio`), and names assigned `asyncio.Runner()` or bound by `with asyncio.Runner() as name`. */
  private readonly runners = new Set<string>(["asyncio"]);
  /** Module-level plain `def`s that block, by name and node. */
  readonly names = new Set<string>();
  readonly defs = new Set<py.FunctionDef>();

  constructor(module: py.Module) {
    walk(module, (n) => {
      if (n.kind === "Import") {
        for (const alias of (n as py.Import).names) if (alias.name === "asyncio") this.runners.add(alias.asname ?? alias.name);
      } else if (n.kind === "Assign") {
        const a = n as py.Assign;
        if (isRunnerCall(a.value)) for (const t of a.targets) if (t.kind === "Name") this.runners.add(t.id);
      } else if (n.kind === "With") {
        for (const item of (n as py.With).items) if (isRunnerCall(item.context_expr) && item.optional_vars?.kind === "Name") this.runners.add(item.optional_vars.id);
      }
    });
    // To a fixed point: `main()` calling `setup()` that runs a loop blocks too.
    const defs = module.body.filter((s): s is py.FunctionDef => s.kind === "FunctionDef");
    let grew = true;
    while (grew) {
      grew = false;
      for (const def of defs) {
        if (this.defs.has(def) || !def.body.some((s) => this.contains(s))) continue;
        this.defs.add(def);
        this.names.add(def.name);
        grew = true;
      }
    }
  }

  /** `asyncio.run(...)`, `runner.run(...)`, `loop.run_until_complete(...)`, `loop.run_forever()`, or a call of a blocking `def`. */
  isBlockingCall(call: py.Call): boolean {
    const func = call.func;
    if (func.kind === "Attribute" && loopRunningMethods.has(func.attr)) return true;
    if (func.kind === "Attribute" && func.attr === "run" && func.value.kind === "Name") return this.runners.has(func.value.id);
    if (func.kind === "Name") return func.id === "run" || this.names.has(func.id);
    return false;
  }

  /** Whether the node (outside nested functions and classes) makes a blocking call. */
  contains(node: py.Stmt | py.Expr): boolean {
    let found = false;
    walk(node, (n) => {
      if (found) return false;
      if (n !== node && isScopeNode(n)) return false;
      if (n.kind === "Call" && this.isBlockingCall(n as py.Call)) found = true;
      else if (n.kind === "With" && (n as py.With).items.some((item) => isRunnerCall(item.context_expr))) found = true;
      return !found;
    });
    return found;
  }
}

/** `asyncio.Runner()` or `Runner()`. */
function isRunnerCall(e: py.Expr): boolean {
  return e.kind === "Call" && ((e.func.kind === "Attribute" && e.func.attr === "Runner") || (e.func.kind === "Name" && e.func.id === "Runner"));
}
