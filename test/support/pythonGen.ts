/**
 * Small random Python program generators for the robustness and differential fuzz tests.
 *
 * - `randomProgram(rng, size)`: a broad, mostly valid Python program (statements, expressions, async defs,
 *   awaits, gathers, sleeps, prints), occasionally with deliberate syntax slips. For "never crashes" properties.
 * - `asyncioProgram(rng, options)`: a tree of coroutines using only print / sleep / await / create_task /
 *   gather, whose CPython output is deterministic (every non-zero sleep has a distinct power-of-two delay, so
 *   no two timers can ever fire at the same moment). `renderAsyncio` prints it; `shrinkAsyncio` lists smaller
 *   variants for minimising a mismatch.
 *
 * - `checkTranslate`: the robustness property; `mutate` / `mutationArb`: fixture mutations for it.
 *
 * Everything is driven by a seeded `Rng`, so a (seed, size) pair reproduces a program exactly.
 */

import fc from "fast-check";
import { translateParsed, type Translation } from "../../src/pipeline";
import { standaloneJs } from "../../src/assemble";
import { runPython } from "../../src/run/pythonRunner";
import type { PythonParser } from "../../src/python/parser";

/** mulberry32: a tiny seeded PRNG (deterministic across platforms). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Broad grammar (for "translate never throws")

const NAMES = ["a", "b", "x", "y", "n", "total", "items", "data", "result", "value", "i", "k"];
const FUNCS = ["work", "fetch", "helper", "compute", "worker"];

interface Scope {
  readonly inAsync: boolean;
  readonly inFunction: boolean;
  readonly inLoop: boolean;
  readonly depth: number;
}

class ProgramGen {
  private readonly lines: string[] = [];
  private budget: number;
  private delay = 0;
  constructor(
    private readonly rng: Rng,
    size: number,
  ) {
    this.budget = size;
  }

  program(): string {
    this.lines.push("import asyncio");
    const top: Scope = { inAsync: false, inFunction: false, inLoop: false, depth: 0 };
    while (this.budget > 0) this.statement(top, 0);
    if (this.rng.chance(0.7)) {
      this.lines.push("async def main():");
      const scope: Scope = { inAsync: true, inFunction: true, inLoop: false, depth: 1 };
      this.block(scope, 1, 4);
      this.lines.push("asyncio.run(main())");
    }
    let text = this.lines.join("\n") + "\n";
    if (this.rng.chance(0.05)) text = this.slip(text);
    return text;
  }

  /** A deliberate syntax error: the translator must report it with a valid span. */
  private slip(text: string): string {
    const at = this.rng.int(0, text.length);
    const junk = this.rng.pick(["(", ")", ":", "\n    ", "'", '"""', "await", "lambda", "\\", "@", "=", "]", "0x", "f'{"]);
    return text.slice(0, at) + junk + text.slice(at);
  }

  private emit(indent: number, text: string): void {
    this.budget--;
    this.lines.push("    ".repeat(indent) + text);
  }

  private block(scope: Scope, indent: number, max: number): void {
    const n = this.rng.int(1, max);
    for (let i = 0; i < n; i++) this.statement(scope, indent);
  }

  private name(): string {
    return this.rng.pick(NAMES);
  }

  private nextDelay(): string {
    this.delay++;
    return (this.delay / 100).toString();
  }

  statement(scope: Scope, indent: number): void {
    const deep = scope.depth >= 4 || this.budget <= 0;
    const r = this.rng.int(0, deep ? 5 : 17);
    switch (r) {
      case 0:
        return this.emit(indent, `${this.name()} = ${this.expr(scope, 2)}`);
      case 1:
        return this.emit(indent, `print(${this.args(scope)})`);
      case 2:
        return this.emit(indent, `${this.name()} ${this.rng.pick(["+=", "-=", "*=", "//=", "%="])} ${this.expr(scope, 1)}`);
      case 3:
        if (scope.inAsync) return this.emit(indent, `await asyncio.sleep(${this.rng.chance(0.3) ? "0" : this.nextDelay()})`);
        return this.emit(indent, "pass");
      case 4:
        if (scope.inAsync) return this.emit(indent, `${this.name()} = await asyncio.gather(${this.calls(scope)})`);
        return this.emit(indent, `${this.name()} = [${this.args(scope)}]`);
      case 5:
        if (scope.inFunction) return this.emit(indent, this.rng.chance(0.8) ? `return ${this.expr(scope, 2)}` : "return");
        if (scope.inLoop) return this.emit(indent, this.rng.pick(["break", "continue"]));
        return this.emit(indent, `assert ${this.expr(scope, 1)} or True`);
      case 6:
      case 7: {
        this.emit(indent, `if ${this.expr(scope, 2)}:`);
        this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 3);
        if (this.rng.chance(0.3)) {
          this.emit(indent, `elif ${this.expr(scope, 1)}:`);
          this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 2);
        }
        if (this.rng.chance(0.4)) {
          this.emit(indent, "else:");
          this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 2);
        }
        return;
      }
      case 8: {
        this.emit(indent, `for ${this.name()} in ${this.rng.pick([`range(${this.rng.int(0, 5)})`, "[1, 2, 3]", "'abc'", `${this.name()}`, "{1: 2}.items()"])}:`);
        return this.block({ ...scope, inLoop: true, depth: scope.depth + 1 }, indent + 1, 3);
      }
      case 9: {
        const v = this.name();
        this.emit(indent, `${v} = 0`);
        this.emit(indent, `while ${v} < ${this.rng.int(0, 4)}:`);
        this.emit(indent + 1, `${v} += 1`);
        return this.block({ ...scope, inLoop: true, depth: scope.depth + 1 }, indent + 1, 2);
      }
      case 10:
      case 11: {
        const isAsync = this.rng.chance(0.6);
        const params = this.rng.pick(["", "x", "x, y=2", "*args", "x, *, key=None", "n: int", "**kw"]);
        const ret = this.rng.chance(0.3) ? ` -> ${this.rng.pick(["int", "str", "None", "list[int]"])}` : "";
        this.emit(indent, `${isAsync ? "async " : ""}def ${this.rng.pick(FUNCS)}(${params})${ret}:`);
        return this.block({ inAsync: isAsync, inFunction: true, inLoop: false, depth: scope.depth + 1 }, indent + 1, 4);
      }
      case 12: {
        this.emit(indent, "try:");
        this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 2);
        this.emit(indent, `except ${this.rng.pick(["ValueError", "Exception", "(KeyError, IndexError) as e", "ZeroDivisionError as e", "asyncio.CancelledError"])}:`);
        this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 2);
        if (this.rng.chance(0.4)) {
          this.emit(indent, "finally:");
          this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 1);
        }
        return;
      }
      case 13: {
        this.emit(indent, `class ${this.rng.pick(["Box", "Counter", "Node"])}${this.rng.chance(0.3) ? "(Exception)" : ""}:`);
        this.emit(indent + 1, "def __init__(self, v=0):");
        this.emit(indent + 2, "self.v = v");
        this.emit(indent + 1, `${this.rng.chance(0.5) ? "async " : ""}def get(self):`);
        return this.emit(indent + 2, "return self.v");
      }
      case 14:
        if (scope.inAsync) {
          const t = this.name();
          this.emit(indent, `${t} = asyncio.create_task(${this.rng.pick(FUNCS)}(${this.args(scope)}))`);
          if (this.rng.chance(0.6)) this.emit(indent, `${this.name()} = await ${t}`);
          return;
        }
        return this.emit(indent, `${this.name()} = lambda q: q ${this.rng.pick(["+", "*", "-"])} ${this.atom(scope)}`);
      case 15:
        if (scope.inAsync && this.rng.chance(0.5)) {
          this.emit(indent, `async with asyncio.timeout(${this.nextDelay()}):`);
          return this.block({ ...scope, depth: scope.depth + 1 }, indent + 1, 2);
        }
        return this.emit(indent, `${this.name()}, ${this.name()} = ${this.atom(scope)}, ${this.atom(scope)}`);
      case 16:
        return this.emit(indent, `raise ${this.rng.pick(["ValueError('bad')", "KeyError(1)", "RuntimeError", "Exception(f'{x}')"])}`);
      default:
        return this.emit(indent, `${this.rng.pick(["global", "del", "nonlocal"])} ${this.name()}`);
    }
  }

  private calls(scope: Scope): string {
    const n = this.rng.int(0, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`${this.rng.pick(FUNCS)}(${this.rng.chance(0.5) ? this.atom(scope) : ""})`);
    if (this.rng.chance(0.2)) parts.push(`*[${this.rng.pick(FUNCS)}(i) for i in range(3)]`);
    if (this.rng.chance(0.2)) parts.push("return_exceptions=True");
    return parts.join(", ");
  }

  private args(scope: Scope): string {
    const n = this.rng.int(0, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.expr(scope, 1));
    if (this.rng.chance(0.1)) parts.push(this.rng.pick(["sep=', '", "end=''", "flush=True"]));
    return parts.join(", ");
  }

  private atom(scope: Scope): string {
    switch (this.rng.int(0, 9)) {
      case 0:
        return String(this.rng.int(-5, 100));
      case 1:
        return this.rng.pick(["1.5", "0.1", "1e3", "-0.0", "2**64", "0x1f", "1_000"]);
      case 2:
        return this.rng.pick(["'hi'", '"a b"', "''", "'é🙂'", "b'raw'", "r'\\d'", "'''tri\nple'''"]);
      case 3:
        return this.rng.pick(["True", "False", "None"]);
      case 4:
        return `f'{${this.name()}}-{${this.name()}!r:>4}'`;
      case 5:
        return `[${this.name()} for ${this.name()} in range(${this.rng.int(0, 4)})${this.rng.chance(0.3) ? " if True" : ""}]`;
      case 6:
        return this.rng.pick(["{}", "{'k': 1}", "{1, 2}", "()", "(1,)", "[]", "[1, [2]]"]);
      case 7:
        return scope.inAsync && this.rng.chance(0.5) ? `(await ${this.rng.pick(FUNCS)}())` : `${this.rng.pick(FUNCS)}(${this.name()})`;
      default:
        return this.name();
    }
  }

  expr(scope: Scope, depth: number): string {
    if (depth <= 0 || this.rng.chance(0.35)) return this.atom(scope);
    switch (this.rng.int(0, 8)) {
      case 0:
      case 1:
        return `${this.expr(scope, depth - 1)} ${this.rng.pick(["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<"])} ${this.expr(scope, depth - 1)}`;
      case 2:
        return `${this.expr(scope, depth - 1)} ${this.rng.pick(["<", "<=", "==", "!=", ">", "in", "not in", "is", "is not"])} ${this.expr(scope, depth - 1)}`;
      case 3:
        return `${this.rng.pick(["not ", "-", "~", "+"])}${this.expr(scope, depth - 1)}`;
      case 4:
        return `(${this.expr(scope, depth - 1)} ${this.rng.pick(["and", "or"])} ${this.expr(scope, depth - 1)})`;
      case 5:
        return `(${this.expr(scope, depth - 1)} if ${this.expr(scope, depth - 1)} else ${this.expr(scope, depth - 1)})`;
      case 6:
        return `${this.rng.pick(["len", "str", "int", "abs", "sorted", "list", "repr", "max", "min", "sum"])}(${this.expr(scope, depth - 1)})`;
      case 7:
        return `${this.name()}[${this.rng.pick(["0", "-1", "1:", "::2", "'k'"])}]`;
      default:
        return `(${this.name()} := ${this.expr(scope, depth - 1)})`;
    }
  }
}

/** A random, mostly valid Python program of roughly `size` statements. */
export function randomProgram(rng: Rng, size: number): string {
  return new ProgramGen(rng, size).program();
}

// ---------------------------------------------------------------------------------------------
// Deterministic asyncio programs (for differential fuzzing against CPython)

export type Step =
  | { readonly k: "print"; readonly text: string }
  /** `slot` indexes the program's distinct delays; null is sleep(0). */
  | { readonly k: "sleep"; readonly slot: number | null }
  | ({ readonly k: "await"; readonly child: Coro } & Guard)
  | { readonly k: "task"; readonly name: string; readonly child: Coro }
  | ({ readonly k: "awaitTask"; readonly name: string } & Guard)
  | ({ readonly k: "gather"; readonly items: readonly (Coro | string)[]; readonly returnExceptions?: boolean } & Guard)
  /** A task cancelled (at once, or after it ran to its first await) and awaited: CancelledError caught. */
  | { readonly k: "cancel"; readonly name: string; readonly child: Coro; readonly yieldFirst: boolean }
  /** wait_for(child(), t) or `async with asyncio.timeout(t)`; TimeoutError caught. */
  | { readonly k: "timeout"; readonly child: Coro; readonly seconds: string; readonly form: "wait_for" | "context" }
  /** `async with asyncio.TaskGroup()` over children; `except* ValueError` prints the group's errors. */
  | { readonly k: "group"; readonly children: readonly Coro[] }
  /** gather(..., return_exceptions=True) with a task cancelled before it ran. */
  | { readonly k: "gatherCancelled"; readonly name: string; readonly child: Coro; readonly other: Coro }
  /** A producer task and this coroutine consuming `items` through a Queue of `maxsize`. */
  | { readonly k: "queue"; readonly name: string; readonly items: number; readonly maxsize: number }
  /** loop.call_soon, two call_later with the same delay and two call_at with the same `when` (equal deadlines). */
  | { readonly k: "soon"; readonly text: string; readonly seconds: string };

export interface Coro {
  readonly name: string;
  readonly steps: readonly Step[];
  /** The value returned; null: prints "<name> done" and returns None. */
  readonly ret: number | null;
  /** Ends by raising ValueError('<name>') instead of returning. */
  readonly raises?: boolean;
}

/** How a parent waits: plainly, or inside try/except that prints the exception. */
export interface Guard {
  readonly guarded?: boolean;
}

export interface AsyncioProgram {
  readonly main: Coro;
}

export interface AsyncioOptions {
  /** Upper bound on the number of coroutines besides main. */
  readonly maxCoros: number;
  /** Upper bound on the steps in one coroutine. */
  readonly maxSteps: number;
  /** Probability that a (non-main) coroutine raises ValueError at its end (default 0). */
  readonly raiseChance?: number;
  /**
   * "extended" adds cancellation, wait_for / timeout(), TaskGroup, gather(return_exceptions=True) over a
   * cancelled task, queues, call_soon and equal call_later deadlines. Default "basic" (the seeds of before).
   */
  readonly vocabulary?: "basic" | "extended";
}

/** At most this many distinct delays (0.01 s .. 1.28 s): CPython in real time finishes within ~2.6 s. */
export const MAX_DELAYS = 8;

/** A random asyncio program: a tree of coroutines (each defined once, used once). */
export function asyncioProgram(rng: Rng, options: AsyncioOptions = { maxCoros: 7, maxSteps: 5, raiseChance: 0.15 }): AsyncioProgram {
  const guardP = (options.raiseChance ?? 0) > 0 ? 0.5 : 0;
  let corosLeft = options.maxCoros;
  let slot = 0;
  let counter = 0;
  const make = (name: string, depth: number): Coro => {
    const steps: Step[] = [];
    const tasks: string[] = [];
    const n = rng.int(1, options.maxSteps);
    for (let i = 0; i < n; i++) {
      const r = rng.int(0, options.vocabulary === "extended" ? 15 : 9);
      const canSpawn = corosLeft > 0 && depth < 4;
      if (r >= 10 && r <= 12 && canSpawn) {
        const step = extendedStep(r, name, i, depth);
        if (step) {
          steps.push(step);
          continue;
        }
      }
      if (r >= 13) {
        steps.push(r === 13 ? { k: "queue", name: `q${++counter}`, items: rng.int(1, 4), maxsize: rng.int(0, 2) } : { k: "soon", text: `${name} ${i}`, seconds: timeoutSeconds() });
        continue;
      }
      if (r <= 2 || (!canSpawn && r >= 5)) {
        steps.push({ k: "print", text: `${name} ${i}` });
      } else if (r <= 4) {
        steps.push({ k: "sleep", slot: rng.chance(0.3) || slot >= MAX_DELAYS ? null : slot++ });
      } else if (r === 5) {
        corosLeft--;
        steps.push({ k: "await", child: make(`c${++counter}`, depth + 1), guarded: rng.chance(guardP) });
      } else if (r <= 7) {
        corosLeft--;
        const t = `t${++counter}`;
        tasks.push(t);
        steps.push({ k: "task", name: t, child: make(`c${counter}`, depth + 1) });
        if (rng.chance(0.5)) {
          steps.push({ k: "awaitTask", name: t, guarded: rng.chance(guardP) });
          tasks.pop();
        }
      } else {
        const items: (Coro | string)[] = [];
        const m = rng.int(1, 3);
        for (let j = 0; j < m && corosLeft > 0; j++) {
          if (tasks.length > 0 && rng.chance(0.3)) items.push(tasks.shift()!);
          else {
            corosLeft--;
            items.push(make(`c${++counter}`, depth + 1));
          }
        }
        if (items.length > 0) steps.push({ k: "gather", items, returnExceptions: rng.chance(0.3), guarded: rng.chance(guardP) });
      }
    }
    return finish(name, steps, tasks, depth);
  };
  /** Timeouts and call_later delays are odd multiples of 5 ms: never the moment a sleep (a multiple of 10 ms) ends. */
  const timeoutSeconds = (): string => String(Number((0.005 * (2 * rng.int(0, 40) + 1)).toPrecision(12)));
  const child = (depth: number): Coro => {
    corosLeft--;
    return make(`c${++counter}`, depth + 1);
  };
  const extendedStep = (r: number, name: string, i: number, depth: number): Step | null => {
    switch (r) {
      case 10:
        return rng.chance(0.5)
          ? { k: "cancel", name: `t${++counter}`, child: child(depth), yieldFirst: rng.chance(0.5) }
          : { k: "gatherCancelled", name: `t${++counter}`, child: child(depth), other: child(depth) };
      case 11:
        return { k: "timeout", child: child(depth), seconds: timeoutSeconds(), form: rng.chance(0.5) ? "wait_for" : "context" };
      default: {
        const children = Array.from({ length: Math.min(corosLeft, rng.int(1, 3)) }, () => child(depth));
        return children.length > 0 ? { k: "group", children } : { k: "print", text: `${name} ${i}` };
      }
    }
  };
  const finish = (name: string, steps: Step[], tasks: string[], depth: number): Coro => {
    // Await (most of) the tasks not awaited yet; the rest are cancelled by asyncio.run if still pending.
    for (const t of tasks) if (rng.chance(0.8)) steps.push({ k: "awaitTask", name: t, guarded: rng.chance(guardP) });
    const raises = depth > 0 && rng.chance(options.raiseChance ?? 0);
    return { name, steps, ret: rng.chance(0.7) ? rng.int(0, 99) : null, ...(raises ? { raises } : {}) };
  };
  const main = make("main", 0);
  // Distinct delays: a random permutation of powers of two (times 10 ms), so every sum of a subset of them
  // (the moment a timer fires) is distinct, and CPython's order of events does not depend on timing noise.
  const order = rng.shuffle(Array.from({ length: slot }, (_, i) => i));
  return relabel({ main }, order);
}

function relabel(program: AsyncioProgram, order: readonly number[]): AsyncioProgram {
  const mapCoro = (c: Coro): Coro => ({
    ...c,
    steps: c.steps.map((s): Step => {
      switch (s.k) {
        case "sleep":
          return s.slot === null ? s : { k: "sleep", slot: order[s.slot]! };
        case "await":
          return { ...s, child: mapCoro(s.child) };
        case "task":
          return { k: "task", name: s.name, child: mapCoro(s.child) };
        case "gather":
          return { ...s, items: s.items.map((i) => (typeof i === "string" ? i : mapCoro(i))) };
        case "cancel":
        case "timeout":
          return { ...s, child: mapCoro(s.child) };
        case "group":
          return { ...s, children: s.children.map(mapCoro) };
        case "gatherCancelled":
          return { ...s, child: mapCoro(s.child), other: mapCoro(s.other) };
        default:
          return s;
      }
    }),
  });
  return { main: mapCoro(program.main) };
}

/** The delay of a sleep slot, in seconds: 0.01 * 2^slot (exact enough: distinct sums differ by >= 0.01 s). */
export function delayOf(slot: number): string {
  return String(Number((0.01 * 2 ** slot).toPrecision(12)));
}

export function renderAsyncio(program: AsyncioProgram): string {
  const defs: string[] = [];
  const guard = (s: Guard, lines: readonly string[]): string[] =>
    s.guarded ? ["try:", ...lines.map((l) => `    ${l}`), "except ValueError as e:", "    print('caught', repr(e))"] : [...lines];
  const render = (c: Coro): void => {
    const body: string[] = [];
    let v = 0;
    for (const s of c.steps) {
      switch (s.k) {
        case "print":
          body.push(`print('${s.text}')`);
          break;
        case "sleep":
          body.push(`await asyncio.sleep(${s.slot === null ? "0" : delayOf(s.slot)})`);
          break;
        case "await":
          render(s.child);
          body.push(...guard(s, [`r${v} = await ${s.child.name}()`, `print('${c.name} got', r${v})`]));
          v++;
          break;
        case "task":
          render(s.child);
          body.push(`${s.name} = asyncio.create_task(${s.child.name}())`);
          break;
        case "awaitTask":
          body.push(...guard(s, [`r${v} = await ${s.name}`, `print('${c.name} got', r${v})`]));
          v++;
          break;
        case "gather": {
          for (const i of s.items) if (typeof i !== "string") render(i);
          const args = s.items.map((i) => (typeof i === "string" ? i : `${i.name}()`)).join(", ");
          const rx = s.returnExceptions ? ", return_exceptions=True" : "";
          body.push(...guard(s, [`r${v} = await asyncio.gather(${args}${rx})`, `print('${c.name} gathered', r${v})`]));
          v++;
          break;
        }
        case "cancel":
          render(s.child);
          body.push(`${s.name} = asyncio.create_task(${s.child.name}())`, ...(s.yieldFirst ? ["await asyncio.sleep(0)"] : []), `${s.name}.cancel()`);
          body.push("try:", `    r${v} = await ${s.name}`, `    print('${c.name} got', r${v})`, "except asyncio.CancelledError:", `    print('${c.name} cancelled ${s.name}')`);
          v++;
          break;
        case "timeout": {
          render(s.child);
          const call = [`r${v} = await ${s.child.name}()`, `print('${c.name} got', r${v})`];
          const inner = s.form === "wait_for" ? [`r${v} = await asyncio.wait_for(${s.child.name}(), ${s.seconds})`, call[1]!] : [`async with asyncio.timeout(${s.seconds}):`, ...call.map((l) => `    ${l}`)];
          body.push("try:", ...inner.map((l) => `    ${l}`), "except TimeoutError:", `    print('${c.name} timed out')`);
          v++;
          break;
        }
        case "group":
          for (const child of s.children) render(child);
          body.push("try:", "    async with asyncio.TaskGroup() as tg:", ...s.children.map((child) => `        tg.create_task(${child.name}())`), `    print('${c.name} group done')`);
          body.push("except* ValueError as eg:", `    print('${c.name} group failed', [str(e) for e in eg.exceptions])`);
          break;
        case "gatherCancelled":
          render(s.child);
          render(s.other);
          body.push(`${s.name} = asyncio.create_task(${s.child.name}())`, `${s.name}.cancel()`);
          body.push(`r${v} = await asyncio.gather(${s.name}, ${s.other.name}(), return_exceptions=True)`, `print('${c.name} gathered', r${v})`);
          v++;
          break;
        case "queue":
          defs.push(`async def ${s.name}_producer(q):\n    for i in range(${s.items}):\n        await q.put(i)\n        print('${s.name} put', i)\n`);
          body.push(`${s.name} = asyncio.Queue(${s.maxsize})`, `${s.name}_task = asyncio.create_task(${s.name}_producer(${s.name}))`);
          body.push(`for _ in range(${s.items}):`, `    item = await ${s.name}.get()`, `    print('${s.name} got', item)`, `await ${s.name}_task`);
          break;
        case "soon":
          // call_later with equal delays, and call_at with the very same `when` (an exact tie, also in real time).
          body.push("loop = asyncio.get_running_loop()", `loop.call_soon(print, '${s.text} soon')`);
          body.push(`loop.call_later(${s.seconds}, print, '${s.text} later a')`, `loop.call_later(${s.seconds}, print, '${s.text} later b')`);
          body.push(`when = loop.time() + ${s.seconds}`, `loop.call_at(when, print, '${s.text} at a')`, `loop.call_at(when, print, '${s.text} at b')`);
          break;
      }
    }
    if (c.raises) body.push(`raise ValueError('${c.name}')`);
    else body.push(c.ret === null ? `print('${c.name} done')` : `return ${c.ret}`);
    defs.push(`async def ${c.name}():\n${body.map((l) => `    ${l}`).join("\n")}\n`);
  };
  render(program.main);
  return `import asyncio\n\n${defs.join("\n")}\nasyncio.run(main())\n`;
}

/** Smaller variants of a program (one step removed, or a child inlined away), for minimising a mismatch. */
export function shrinkAsyncio(program: AsyncioProgram): AsyncioProgram[] {
  const variants: Coro[] = [];
  const shrinkCoro = (c: Coro): Coro[] => {
    const out: Coro[] = [];
    if (c.raises) out.push({ name: c.name, steps: c.steps, ret: c.ret });
    if (c.ret !== null) out.push({ ...c, ret: null });
    c.steps.forEach((s, i) => {
      // Removing a task's creation also removes every await of it.
      const without = c.steps.filter((t, j) => j !== i && !(s.k === "task" && t.k === "awaitTask" && t.name === s.name));
      const cleaned = s.k === "task" ? without.map((t): Step => (t.k === "gather" ? { k: "gather", items: t.items.filter((x) => x !== s.name) } : t)) : without;
      out.push({ ...c, steps: cleaned.filter((t) => t.k !== "gather" || t.items.length > 0) });
      if (s.k === "await" || s.k === "task") {
        for (const smaller of shrinkCoro(s.child)) {
          const steps = [...c.steps];
          steps[i] = { ...s, child: smaller };
          out.push({ ...c, steps });
        }
      }
      if (s.k === "gather") {
        s.items.forEach((item, j) => {
          if (typeof item === "string") return;
          for (const smaller of shrinkCoro(item)) {
            const items = [...s.items];
            items[j] = smaller;
            const steps = [...c.steps];
            steps[i] = { k: "gather", items };
            out.push({ ...c, steps });
          }
        });
      }
    });
    return out;
  };
  variants.push(...shrinkCoro(program.main));
  return variants.map((main) => ({ main }));
}

/** Greedy minimisation: keep taking the first smaller variant that still fails. */
export async function minimiseAsyncio(program: AsyncioProgram, fails: (p: AsyncioProgram) => Promise<boolean>, maxTries = 400): Promise<AsyncioProgram> {
  let current = program;
  let tries = 0;
  for (;;) {
    let improved = false;
    for (const candidate of shrinkAsyncio(current)) {
      if (++tries > maxTries) return current;
      if (await fails(candidate)) {
        current = candidate;
        improved = true;
        break;
      }
    }
    if (!improved) return current;
  }
}

// ---------------------------------------------------------------------------------------------
// The "translate never fails" property, and mutations of existing programs

/**
 * Crashes already reported, recognised by their stack, so the properties keep guarding against new ones.
 * Each has a skipped regression test below; delete the entry when it is fixed.
 */
const KNOWN_CRASHES: readonly { readonly id: string; readonly matches: (e: unknown) => boolean }[] = [];

export interface CheckResult {
  readonly problem: string | null;
  readonly knownCrash: string | null;
  readonly ms: number;
}

/** The property: no throw, within `limitMs`, and output or diagnostics with spans inside the input. */
export function checkTranslate(parser: PythonParser, source: string, limitMs: number): CheckResult {
  const started = performance.now();
  let translation: Translation;
  try {
    translation = translateParsed(source, parser.parse(source));
  } catch (error) {
    const ms = performance.now() - started;
    const known = KNOWN_CRASHES.find((k) => k.matches(error));
    if (known) return { problem: null, knownCrash: known.id, ms };
    return { problem: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, knownCrash: null, ms };
  }
  const ms = performance.now() - started;
  const problems: string[] = [];
  if (ms > limitMs) problems.push(`took ${ms.toFixed(0)} ms (limit ${limitMs} ms)`);
  for (const d of translation.diagnostics) {
    const { start, end } = d.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= source.length)) {
      problems.push(`${d.code} span ${start}..${end} outside 0..${source.length}: ${d.message}`);
    }
  }
  // The map's spans are measured within the Python source and within the program's TypeScript.
  const inside = (span: { start: number; end: number }, length: number): boolean => Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
  const outside = translation.program.map.find((m) => !inside(m.py, source.length) || !inside(m.ts, translation.program.ts.length));
  if (outside) problems.push(`map span py ${outside.py.start}..${outside.py.end} / ts ${outside.ts.start}..${outside.ts.end} outside the source or the program`);
  if (!translation.ok && !translation.diagnostics.some((d) => d.severity === "error")) problems.push("not ok but no error diagnostic");
  return { problem: problems.length > 0 ? problems.join("; ") : null, knownCrash: null, ms };
}

// ---------------------------------------------------------------------------------------------
// Mutations of the fixtures

export type Mutation =
  | { readonly k: "deleteLine" | "duplicateLine" | "truncate" | "tabs" | "nul" | "rtl" | "unicodeIdent" | "emoji"; readonly at: number }
  | { readonly k: "crlf" | "cr" | "bom" }
  | { readonly k: "bytes"; readonly at: number; readonly text: string };

const atArb = fc.nat({ max: 1_000_000 });
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ k: fc.constantFrom("deleteLine", "duplicateLine", "truncate", "tabs", "nul", "rtl", "unicodeIdent", "emoji"), at: atArb }),
  fc.record({ k: fc.constantFrom("crlf", "cr", "bom") }),
  fc.record({
    k: fc.constant("bytes"),
    at: atArb,
    text: fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.uint8Array({ maxLength: 6 }).map((b) => String.fromCharCode(...b)),
      fc.constantFrom("\ud800", "\udfff", "\\", "\u2028", "\u00a0", "\t", "\f", "\v", "'''", '"', "#", "\\\n"),
    ),
  }),
) as fc.Arbitrary<Mutation>;

const IDENTS = ["café", "变量", "ñandú", "Ωmega", "x\u0301", "𝔘𝔫𝔦", "ﬁle"];
const EMOJI = ["🙂", "👨‍👩‍👧", "🏳️‍🌈", "🦀x"];
const RTL = ["\u202eevil\u202c", "שלום", "مرحبا", "\u200f", "\u2067x\u2069"];

export function mutate(source: string, m: Mutation): string {
  const lines = source.split("\n");
  const line = "at" in m ? m.at % Math.max(1, lines.length) : 0;
  const offset = "at" in m ? m.at % (source.length + 1) : 0;
  const insert = (text: string): string => source.slice(0, offset) + text + source.slice(offset);
  switch (m.k) {
    case "deleteLine":
      return lines.filter((_, i) => i !== line).join("\n");
    case "duplicateLine":
      return [...lines.slice(0, line + 1), lines[line] ?? "", ...lines.slice(line + 1)].join("\n");
    case "truncate":
      return source.slice(0, offset);
    case "tabs":
      // Replace the indentation of one line (and the next) by a tab: mixed tabs and spaces.
      return lines.map((l, i) => (i === line || i === line + 1 ? l.replace(/^ {4}/, "\t").replace(/^ {8}/, "\t    ") : l)).join("\n");
    case "nul":
      return insert("\0");
    case "rtl":
      return insert(RTL[m.at % RTL.length]!);
    case "unicodeIdent": {
      // Rename every occurrence of one identifier to a non-ASCII one (valid Python identifiers).
      const names = [...new Set(source.match(/\b[a-z_][a-z0-9_]*\b/g) ?? [])];
      if (names.length === 0) return insert(IDENTS[0]!);
      const name = names[m.at % names.length]!;
      return source.replace(new RegExp(`\\b${name}\\b`, "g"), IDENTS[m.at % IDENTS.length]!);
    }
    case "emoji":
      return insert(EMOJI[m.at % EMOJI.length]!);
    case "crlf":
      return source.replace(/\n/g, "\r\n");
    case "cr":
      return source.replace(/\n/g, "\r");
    case "bom":
      return "\ufeff" + source;
    case "bytes":
      return insert(m.text);
  }
}

// ---------------------------------------------------------------------------------------------
// Running the programs under CPython, many per process, on a virtual clock

/**
 * A python3 script that reads a JSON list of sources on stdin and runs each with asyncio on a virtual
 * clock (the selector never blocks: a wait for the next timer advances loop.time() instead), printing one
 * JSON line per program: {stdout, error} where error is the exception's last traceback line or null.
 * The programs' delays are chosen so that real and virtual time give the same order of events.
 */
export const CPYTHON_VIRTUAL_RUNNER = String.raw`
import asyncio, contextlib, io, json, sys, traceback

class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        real_select = self._selector.select
        def select(timeout=None):
            if timeout is None:
                return real_select(1.0)
            if timeout > 0:
                self._virtual_now += timeout
            return real_select(0)
        self._selector.select = select
    def time(self):
        # Real time moves on between two readings, so two call_later with one delay get distinct
        # deadlines in the order they were made: a nanosecond per reading does the same here.
        self._virtual_now += 1e-9
        return self._virtual_now

class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop

asyncio.set_event_loop_policy(VirtualPolicy())
for source in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    error = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            exec(compile(source, "<fuzz>", "exec"), {"__name__": "__main__"})
        except BaseException as e:
            error = traceback.format_exception_only(type(e), e)[-1].strip()
    sys.__stdout__.write(json.dumps({"stdout": out.getvalue(), "error": error}) + "\n")
    sys.__stdout__.flush()
`;

export interface CpythonResult {
  readonly stdout: string;
  readonly error: string | null;
}

/** Runs `sources` in `parallel` python3 processes (virtual clock); results in the same order. */
export async function runCpythonVirtual(sources: readonly string[], parallel = 2, python = "python3"): Promise<CpythonResult[]> {
  const chunks: string[][] = Array.from({ length: Math.max(1, Math.min(parallel, sources.length)) }, () => []);
  sources.forEach((s, i) => chunks[i % chunks.length]!.push(s));
  const runChunk = async (chunk: readonly string[]): Promise<CpythonResult[]> => {
    // A JSON string is also a Python string literal: the programs travel inside the runner's source.
    const driver = CPYTHON_VIRTUAL_RUNNER.replace("json.load(sys.stdin)", `json.loads(${JSON.stringify(JSON.stringify(chunk))})`);
    const r = await runPython(python, driver, { timeLimitMs: 600_000, maxOutputBytes: 256 * 1024 * 1024 });
    const lines = r.stdout.split("\n").filter(Boolean);
    if (lines.length !== chunk.length) throw new Error(`python3 runner exited ${r.exitCode} after ${lines.length}/${chunk.length} programs: ${r.error ?? r.stderr}`);
    return lines.map((l) => JSON.parse(l) as CpythonResult);
  };
  const results = await Promise.all(chunks.map(runChunk));
  return sources.map((_, i) => results[i % chunks.length]![Math.floor(i / chunks.length)]!);
}

// ---------------------------------------------------------------------------------------------
// Differential check: CPython (virtual clock) vs translate + runJavaScript (virtual clock)

export interface DifferentialOutcome {
  readonly source: string;
  readonly python: CpythonResult;
  /** Null when the translation failed (errors, or a crash). */
  readonly ours: { readonly stdout: string; readonly error: string | null; readonly exitCode: number } | null;
  /** Why the outputs differ, or null when they match. */
  readonly mismatch: string | null;
}

/** The last stderr line of our run, as CPython's last traceback line would read. */
function lastLine(text: string): string | null {
  const line = text.trimEnd().split("\n").pop() ?? "";
  return line === "" ? null : line;
}

/** Translates and runs each source, runs CPython on all of them (batched), and compares stdout and errors. */
export async function differential(sources: readonly string[], parallel = 2): Promise<DifferentialOutcome[]> {
  const [{ createPythonParser }, { translateParsed }, { runJavaScript }] = await Promise.all([
    import("../../src/python/parser"),
    import("../../src/pipeline"),
    import("../../src/run/runJavaScript"),
  ]);
  const parser = await createPythonParser();
  const pythonResults = runCpythonVirtual(sources, parallel);
  type Ours = { readonly crash: string } | { readonly stdout: string; readonly error: string | null; readonly exitCode: number };
  const ours = await mapLimit(sources, parallel, async (source): Promise<Ours> => {
    let translation;
    try {
      translation = translateParsed(source, parser.parse(source));
    } catch (error) {
      return { crash: `translate threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
    }
    if (!translation.ok) return { crash: `translation errors: ${translation.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}` };
    const run = await runJavaScript(standaloneJs(translation), { clock: "virtual", timeLimitMs: 10_000, events: false });
    return { stdout: run.stdout, error: run.exitCode === 0 ? null : lastLine(run.stderr), exitCode: run.exitCode };
  });
  const python = await pythonResults;
  return sources.map((source, i) => {
    const mine = ours[i]!;
    const py = python[i]!;
    if ("crash" in mine) return { source, python: py, ours: null, mismatch: mine.crash };
    let mismatch: string | null = null;
    if (mine.stdout !== py.stdout) mismatch = "stdout differs";
    else if (mine.error !== py.error) mismatch = `error differs: CPython ${py.error ?? "none"}, ours ${mine.error ?? "none"} (exit ${mine.exitCode})`;
    return { source, python: py, ours: mine, mismatch };
  });
}

/** `fn` over `items` with at most `limit` running at once; results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
