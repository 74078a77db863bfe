/**
 * Escape attempts: Python programs that try to reach JavaScript's Function constructor (and through it
 * `process`, the file system and the environment) through values. Whatever each prints, it must not
 * write the marker file, and no output may contain the secret put in the environment. See SECURITY.md.
 *
 * KNOWN_ESCAPES lists the attempts that still get through: the test asserts exactly that list, so a new
 * escape fails it, and so does a fix (remove the entry then). The second describe checks the runner's own
 * wall with JavaScript that holds `require` and `process` already, as a translator bug could give them.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { standaloneJs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { runJavaScript } from "../../src/run/runJavaScript";

const SECRET_NAME = "ASYNCIO_TS_ESCAPE_TEST_SECRET";
const SECRET = "s3cr3t-0f-the-h0st-7f1d";

/**
 * None today: since names and members are Python's (a class's `constructor` is renamed, `globalThis` is
 * a NameError), the translator stops all eight; the runner would stop them too (below).
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

describe("the runner's second wall: a program holding require and process still reaches nothing", function () {
  this.timeout(60_000);
  const place = markerPlace();

  it("files, commands, workers, code from strings, the environment and signals are all refused", async () => {
    const m = JSON.stringify(place.marker);
    const attempts: [string, string][] = [
      ["write a file", `require("node:fs").writeFileSync(${m}, "x")`],
      ["read a file", `require("node:fs").readFileSync(${JSON.stringify(__filename)})`],
      ["run a command", `process.getBuiltinModule("node:child_process").execSync("touch " + ${m})`],
      ["start a worker", `new (require("node:worker_threads").Worker)("require('fs').writeFileSync(" + JSON.stringify(${m}) + ", 'x')", { eval: true })`],
      ["code from a string", `Function("return process")()`],
      ["stop the runner", `process.kill(process.ppid, "SIGKILL")`],
    ];
    const js = [
      `const say = (line) => globalThis.asyncioTsHost.write("stdout", line + "\\n");`,
      ...attempts.map(([what, code]) => `try { ${code}; say(${JSON.stringify(what)} + ": done"); } catch (e) { say(${JSON.stringify(what)} + ": refused"); }`),
      `say("environment: " + JSON.stringify(process.env));`,
      `globalThis.asyncioTsHost.exit(0);`,
    ].join("\n");
    const run = await runJavaScript(js, { clock: "virtual", timeLimitMs: 10_000, events: false });
    assert.equal(run.stdout, attempts.map(([what]) => `${what}: refused\n`).join("") + `environment: {"ELECTRON_RUN_AS_NODE":"1"}\n`);
    assert.deepEqual({ exitCode: run.exitCode, stderr: run.stderr, marker: existsSync(place.marker) }, { exitCode: 0, stderr: "", marker: false });
  });
});
