/**
 * Escape attempts: Python programs that try to reach JavaScript's Function constructor (and through it
 * `process`, the file system and the environment) through values. Whatever each prints, it must not
 * write the marker file, and no output may contain the secret put in the environment. See SECURITY.md.
 *
 * KNOWN_ESCAPES lists the attempts that still get through: the test asserts exactly that list, so a new
 * escape fails it, and so does a fix (remove the entry then). The other describes check the runner's own
 * walls with JavaScript that reaches for `require` and `process`, as a translator bug could write it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { standaloneJs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { runPython } from "../../src/run/pythonRunner";
import { childEnvironment, runJavaScript, sandboxFlags } from "../../src/run/runJavaScript";

const SECRET_NAME = "ASYNCIO_TS_ESCAPE_TEST_SECRET";
const SECRET = "s3cr3t-0f-the-h0st-7f1d";

/**
 * None today: since names and members are Python's (a class's `constructor` is renamed, `globalThis` is
 * a NameError, a JavaScript member of a runtime value is AttributeError), the translator stops them all; the
 * runner would stop them too (below).
 */
const KNOWN_ESCAPES: readonly string[] = [];

/** A fresh folder for the marker file and the secret in the environment, for one describe's tests. */
function markerPlace(): { readonly marker: string } {
  let dir = "";
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-escape-"));
    process.env[SECRET_NAME] = SECRET;
  });
  after(() => {
    delete process.env[SECRET_NAME];
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get marker() {
      return path.join(dir, "marker");
    },
  };
}

describe("escape attempts reach neither the file system nor the environment", function () {
  this.timeout(120_000);
  const place = markerPlace();

  const reach = (value: string): string => `${value}("return process")()`;
  const attempts = (): readonly [string, string][] => {
    const write = `.getBuiltinModule("fs").writeFileSync(${JSON.stringify(place.marker)}, "x")`;
    return [
      ["a class instance's constructor.constructor", `class A:\n    pass\np = ${reach("A().constructor.constructor")}\np${write}\nprint(p.env.${SECRET_NAME})\n`],
      ["a builtin's constructor", `p = ${reach("print.constructor")}\np${write}\nprint(p.env.${SECRET_NAME})\n`],
      ["a lambda's constructor", `p = ${reach("(lambda: 0).constructor")}\np${write}\nprint(p.env)\n`],
      ["a string's constructor.constructor", `p = ${reach("''.constructor.constructor")}\np${write}\n`],
      ["getattr with the name as a string", `p = getattr(getattr(print, 'constructor'), 'call')(None, 'return process')()\np${write}\n`],
      ["a coroutine's constructor", `import asyncio\nasync def f():\n    return 1\nasync def main():\n    p = ${reach("f.constructor")}\n    p${write}\n    print(p.env.${SECRET_NAME})\nasyncio.run(main())\n`],
      ["globalThis as a name", `print(globalThis.process.env.${SECRET_NAME})\nglobalThis.process${write}\n`],
      ["process and require as names", `print(process.env.${SECRET_NAME})\nrequire('fs').writeFileSync(${JSON.stringify(place.marker)}, 'x')\n`],
      // The runtime's own classes and objects, which the translator cannot see into (issue 14's audit).
      ["an asyncio class's constructor", `import asyncio\np = ${reach("asyncio.Queue.constructor")}\np${write}\nprint(p.env.${SECRET_NAME})\n`],
      ["an asyncio class's __proto__ and bind", `import asyncio\np = ${reach("asyncio.Event.__proto__.constructor")}\np${write}\nf = asyncio.Lock.bind(None)\n`],
      ["a task's constructor", `import asyncio\nasync def main():\n    p = ${reach("asyncio.current_task().constructor.constructor")}\n    p${write}\nasyncio.run(main())\n`],
      ["a loop method's constructor", `import asyncio\nasync def main():\n    p = ${reach("asyncio.get_running_loop().call_soon.constructor")}\n    p${write}\nasyncio.run(main())\n`],
      ["a queue item's constructor", `import asyncio\nasync def main():\n    q = asyncio.Queue()\n    q.put_nowait(asyncio.Future)\n    p = ${reach("q.get_nowait().constructor")}\n    p${write}\nasyncio.run(main())\n`],
      ["str's constructor", `p = ${reach("str.constructor")}\np${write}\n`],
      ["a format field's constructor", `class A:\n    pass\nprint("{0.constructor.constructor}".format(A()))\n`],
    ];
  };

  it("no attempt writes the marker or prints the secret, but the known escapes", async () => {
    const reached: string[] = [];
    for (const [what, source] of attempts()) {
      const t = await translate(source);
      if (!t.ok) continue; // refused at translation: nothing ran
      const run = await runJavaScript(standaloneJs(t), { clock: "virtual", timeLimitMs: 10_000, events: false });
      if (existsSync(place.marker)) {
        reached.push(`${what}: wrote the marker`);
        rmSync(place.marker);
      }
      if ((run.stdout + run.stderr).includes(SECRET)) reached.push(`${what}: printed the secret`);
    }
    assert.deepEqual(reached, KNOWN_ESCAPES);
  });
});

describe("the first wall: no Python attribute name reaches a JavaScript member", function () {
  this.timeout(120_000);

  // Names JavaScript gives every object or class (and the runtime its classes), and those it gives functions.
  const objectNames = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype", "__defineGetter__", "then"];
  const functionNames = ["bind", "call", "apply", "name", "length"];
  const classes = ["asyncio.Queue", "asyncio.Event", "asyncio.Lock", "asyncio.Task", "asyncio.Future", "asyncio.TaskGroup", "asyncio.Semaphore"];
  // `item` is a class taken from a queue: a value whose type the translator does not know.
  const values = ["loop", "task", "fut", "q", "ev", "item", "str", "list", "dict", "int", '"text"', "[1]", "{1: 2}", "(1)", "asyncio"];
  const methods = ["loop.call_soon", "q.put", "ev.set"];
  const attempt = (expr: string): string => `    try:\n        print(${expr})\n    except AttributeError as e:\n        print(e)\n`;
  const source =
    "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    task = asyncio.current_task()\n    fut = loop.create_future()\n" +
    "    q = asyncio.Queue()\n    ev = asyncio.Event()\n    q.put_nowait(asyncio.Queue)\n    item = q.get_nowait()\n" +
    [...classes, ...values, ...methods].flatMap((r) => objectNames.map((n) => attempt(`${r}.${n}`))).join("") +
    [...classes, ...methods, "item"].flatMap((r) => functionNames.map((n) => attempt(`${r}.${n}`))).join("") +
    "    fut.cancel()\nasyncio.run(main())\n";

  it("each is CPython's AttributeError, with CPython's message, on runtime classes, objects, their methods and builtins", async () => {
    const t = await translate(source);
    assert.ok(t.ok, t.diagnostics.map((d) => d.message).join("\n"));
    const run = await runJavaScript(standaloneJs(t), { clock: "virtual", timeLimitMs: 20_000, events: false });
    const python = await runPython("python3", source);
    assert.equal(python.stdout.split("\n").length, 256, "python3 printed one line per attempt");
    assert.deepEqual({ stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode }, { stdout: python.stdout, stderr: python.stderr, exitCode: python.exitCode });
  });
});

describe("the runner's second wall: a program runs where Node does not exist", function () {
  this.timeout(60_000);

  it("process, require and Node's other globals are absent, and no function inside leads back to them", async () => {
    // Each probe is JavaScript a translator bug could produce; it must evaluate to something, not reach Node.
    const probes: [string, string][] = [
      ["process", `typeof process`],
      ["require", `typeof require`],
      ["module", `typeof module`],
      ["Buffer", `typeof Buffer`],
      ["fetch", `typeof fetch`],
      ["globalThis.process", `typeof globalThis.process`],
      ["the context's Function", `Function("return 1")()`],
      ["an object's constructor.constructor", `({}).constructor.constructor("return process")()`],
      ["eval", `eval("1")`],
      ["the host's functions", `globalThis.asyncioTsHost.write.constructor("return process")()`],
      ["the timers' functions", `setTimeout.constructor("return process")()`],
      ["a timer's handle", `typeof setTimeout(() => undefined, 1)`],
      ["WebAssembly", `new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))`],
    ];
    const js = [
      `const say = (line) => globalThis.asyncioTsHost.write("stdout", line + "\\n");`,
      ...probes.map(([what, code]) => `try { say(${JSON.stringify(what)} + ": " + String(${code})); } catch (e) { say(${JSON.stringify(what)} + ": " + e.name); }`),
      `globalThis.asyncioTsHost.exit(0);`,
    ].join("\n");
    const run = await runJavaScript(js, { clock: "virtual", timeLimitMs: 10_000, events: false });
    const expected: Record<string, string> = {
      process: "undefined",
      require: "undefined",
      module: "undefined",
      Buffer: "undefined",
      fetch: "undefined",
      "globalThis.process": "undefined",
      "the context's Function": "EvalError",
      "an object's constructor.constructor": "EvalError",
      eval: "EvalError",
      // No constructor at all: what the runner hands in has a null prototype.
      "the host's functions": "TypeError",
      "the timers' functions": "TypeError",
      "a timer's handle": "number",
      WebAssembly: "CompileError",
    };
    assert.equal(run.stdout, probes.map(([what]) => `${what}: ${expected[what]}\n`).join(""));
    assert.deepEqual({ exitCode: run.exitCode, stderr: run.stderr }, { exitCode: 0, stderr: "" });
  });
});

describe("the runner's second wall: nothing of the runner's realm is reachable, so a program cannot change what the runner reports", function () {
  this.timeout(60_000);
  const run = (js: string) => runJavaScript(js, { clock: "real", timeLimitMs: 10_000, events: true, argv: ["main.py"], asyncioLines: { "tasks.py:sleep": 1 } });

  it("every object and function handed into the context has a null prototype, or the context's own", async () => {
    const probes: [string, string][] = [
      ["the host", `asyncioTsHost`],
      ["the host's write", `asyncioTsHost.write`],
      ["the host's exited getter", `Object.getOwnPropertyDescriptor(asyncioTsHost, "exited").get`],
      ["the host's exit", `asyncioTsHost.exit`],
      ["setTimeout", `setTimeout`],
      ["setImmediate", `setImmediate`],
      ["clearTimeout", `clearTimeout`],
      ["performance", `performance`],
      ["performance.now", `performance.now`],
      ["the Node formatter", `__asyncioTsNode`],
      ["its format", `__asyncioTsNode.format`],
      ["the body's callback", `found`],
    ];
    const js = [
      `const say = (line) => asyncioTsHost.write("stdout", line + "\\n");`,
      ...probes.map(([what, code]) => `say(${JSON.stringify(what)} + ": " + String(Object.getPrototypeOf(${code})));`),
      `say("argv: " + (Object.getPrototypeOf(asyncioTsHost.argv) === Array.prototype));`,
      `say("asyncioLines: " + (Object.getPrototypeOf(asyncioTsHost.asyncioLines) === Object.prototype));`,
      // An error one of the runner's functions throws (a BigInt cannot be serialized) is the context's Error.
      `try { asyncioTsHost.event({ kind: 1n }); } catch (e) { say("a host function's error: " + (e instanceof Error)); }`,
      `asyncioTsHost.exit(0);`,
    ].join("\n");
    const r = await run(js);
    assert.equal(r.stdout, probes.map(([what]) => `${what}: null\n`).join("") + "argv: true\nasyncioLines: true\na host function's error: true\n");
    assert.equal(r.exitCode, 0);
  });

  it("a program that fails keeps its failure's status whatever it defines on the prototypes it can reach", async () => {
    // The audit's forgery: a toJSON getter on the host's prototype rewrote the exit record to status 0.
    const forge = `
      const forged = { get() { return () => ({ type: "exit", code: 0 }); }, configurable: true };
      for (const o of [Object.getPrototypeOf(asyncioTsHost), Object.prototype, Function.prototype, Array.prototype]) {
        try { Object.defineProperty(o, "toJSON", forged); } catch (e) { /* a null prototype */ }
      }
      asyncioTsHost.write("stdout", "hello\\n");
      throw new Error("the program failed");`;
    const r = await run(forge);
    assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, { stdout: "hello\n", stderr: "Error: the program failed\n", exitCode: 1 });
  });

  it("no getter the program puts on its prototypes ever sees an object of the runner's realm", async () => {
    // Getters on the context's Object.prototype and Function.prototype (and any other prototype reachable from
    // what the runner hands in) for names Node's internals and the runner read; each records a receiver that
    // is an object but not one of the context's (another realm's).
    const names = ["then", "code", "type", "event", "toJSON", "encoding", "fd", "flags", "highWaterMark", "signal", "callback", "_onTimeout", "hasRef", "stream", "text", "exitCode", "constructor", "stack"];
    const js = `
      const foreign = new Set();
      const reachable = [asyncioTsHost, setTimeout, performance].map((x) => Object.getPrototypeOf(x)).filter((p) => p !== null);
      for (const p of new Set([Object.prototype, Function.prototype, ...reachable])) {
        for (const n of ${JSON.stringify(names)}) {
          const own = Object.getOwnPropertyDescriptor(p, n);
          Object.defineProperty(p, n, { configurable: true, get() {
            if ((typeof this === "object" || typeof this === "function") && this !== null && !(this instanceof Object)) foreign.add(n);
            return own === undefined ? undefined : own.get ? own.get.call(this) : own.value;
          }, set(v) { Object.defineProperty(this, n, { value: v, writable: true, configurable: true, enumerable: true }); } });
        }
      }
      asyncioTsHost.write("stdout", "start\\n");
      asyncioTsHost.event({ kind: "output", time: 0 });
      __asyncioTsNode.format("%o %s", { a: 1 }, [1, 2]);
      performance.now();
      const t = setTimeout(() => undefined, 1000); clearTimeout(t);
      setTimeout(() => setImmediate(() => { asyncioTsHost.write("stdout", "foreign: " + [...foreign].join(",") + "\\n"); asyncioTsHost.exit(3); }), 5);`;
    const r = await run(js);
    assert.deepEqual({ stdout: r.stdout, exitCode: r.exitCode, events: r.events.length }, { stdout: "start\nforeign: \n", exitCode: 3, events: 1 });
  });
});

describe("the runner's third wall: the process a program runs in, holding require and process, still reaches nothing", function () {
  this.timeout(60_000);
  const place = markerPlace();

  it("files, commands, workers and code from strings are all refused, and the environment is empty", () => {
    const m = JSON.stringify(place.marker);
    const attempts: [string, string][] = [
      ["write a file", `require("node:fs").writeFileSync(${m}, "x")`],
      ["read a file", `require("node:fs").readFileSync(${JSON.stringify(__filename)})`],
      ["run a command", `process.getBuiltinModule("node:child_process").execSync("touch " + ${m})`],
      ["start a worker", `new (require("node:worker_threads").Worker)("require('fs').writeFileSync(" + JSON.stringify(${m}) + ", 'x')", { eval: true })`],
      ["code from a string", `Function("return process")()`],
    ];
    const js = [
      `const say = (line) => process.stdout.write(line + "\\n");`,
      ...attempts.map(([what, code]) => `try { ${code}; say(${JSON.stringify(what)} + ": done"); } catch (e) { say(${JSON.stringify(what)} + ": refused"); }`),
      `say("environment: " + JSON.stringify(process.env));`,
    ].join("\n");
    // The flags and the environment runJavaScript starts its child process with.
    const child = spawnSync(process.execPath, [...sandboxFlags(), "-e", js], { env: childEnvironment(), encoding: "utf8" });
    assert.equal(child.stdout, attempts.map(([what]) => `${what}: refused\n`).join("") + `environment: ${JSON.stringify(childEnvironment())}\n`);
    assert.deepEqual({ status: child.status, stderr: child.stderr, marker: existsSync(place.marker) }, { status: 0, stderr: "", marker: false });
  });

  it("the child's environment is ELECTRON_RUN_AS_NODE and the user's TZ, nothing else", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Asia/Tokyo";
      assert.deepEqual(childEnvironment(), { ELECTRON_RUN_AS_NODE: "1", TZ: "Asia/Tokyo" });
      delete process.env.TZ;
      assert.deepEqual(childEnvironment(), { ELECTRON_RUN_AS_NODE: "1" });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
