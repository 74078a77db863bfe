/**
 * Programs that import their own modules (`from util import delay`, as asyncio books do): the modules are
 * translated with the program, what does not fit one namespace is reported at the import, and the output
 * is CPython's (each case runs both, through the built CLI, from a folder made here).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const cli = path.join(__dirname, "..", "..", "dist", "cli.js");

/** Writes `files` (relative path -> text) into a new folder; returns the folder. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-modules-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const delayModule = `import asyncio


async def delay(delay_seconds: int) -> int:
    print(f"sleeping for {delay_seconds} second(s)")
    await asyncio.sleep(delay_seconds)
    print(f"finished sleeping for {delay_seconds} second(s)")
    return delay_seconds
`;

describe("local modules (from util import delay)", function () {
  this.timeout(120_000);
  const made: string[] = [];
  const make = (files: Record<string, string>) => {
    const dir = project(files);
    made.push(dir);
    return dir;
  };
  before(function () {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  /** `asyncio-ts run` prints exactly what CPython prints for the same files. */
  function assertSameAsCPython(dir: string, main: string, env: NodeJS.ProcessEnv = {}): string {
    const python = run("python3", [main], dir, env);
    assert.equal(python.code, 0, python.stderr);
    const ours = run(process.execPath, [cli, "run", main], dir, env);
    assert.equal(ours.stderr, "");
    assert.equal(ours.stdout, python.stdout);
    return ours.stdout;
  }

  it("translates a package's helpers with the program, leaving out what the program does not use", () => {
    const dir = make({
      "util/__init__.py": "from util.delay_functions import delay\nfrom util.fetch import fetch_status\n",
      "util/delay_functions.py": delayModule,
      // A helper the listing does not use, written with a module that does not translate.
      "util/fetch.py": "import os\n\n\nasync def fetch_status(session, url):\n    return os.getpid()\n",
      "listing.py": "import asyncio\nfrom util import delay\n\n\nasync def main():\n    a = asyncio.create_task(delay(2))\n    b = asyncio.create_task(delay(1))\n    print(await a + await b)\n\n\nasyncio.run(main())\n",
    });
    assert.match(assertSameAsCPython(dir, "listing.py"), /finished sleeping for 1 second\(s\)\n.*\n3\n$/s);
    const ts = run(process.execPath, [cli, "translate", "listing.py"], dir);
    assert.match(ts.stdout, /^async function delay\(delaySeconds: number\): Promise<number> \{$/m);
    assert.doesNotMatch(ts.stdout, /fetch/);
  });

  it("follows relative imports, runs a module's statements once, and skips its __main__ block", () => {
    const dir = make({
      "helpers/__init__.py": "from .counter import bump, COUNTS\nprint('helpers loaded')\n",
      "helpers/counter.py": "from .names import label\n\nCOUNTS = {}\n\n\ndef bump(key):\n    COUNTS[key] = COUNTS.get(key, 0) + 1\n    return label(key, COUNTS[key])\n\n\nif __name__ == '__main__':\n    print('run as a script')\n",
      "helpers/names.py": "def label(key, n):\n    return f'{key}#{n}'\n",
      "app.py": "import asyncio\nfrom helpers import bump, COUNTS\nfrom helpers.counter import bump\n\n\nasync def main():\n    print(bump('a'), bump('a'), bump('b'))\n    print(COUNTS)\n\n\nasyncio.run(main())\n",
    });
    assertSameAsCPython(dir, "app.py");
  });

  it("finds modules in PYTHONPATH's folders, as CPython does", () => {
    const dir = make({ "src/util/__init__.py": "from util.delay_functions import delay\n", "src/util/delay_functions.py": delayModule, "src/chapter_02/listing.py": "import asyncio\nfrom util import delay\n\nasyncio.run(delay(1))\n" });
    assertSameAsCPython(dir, "src/chapter_02/listing.py", { PYTHONPATH: path.join(dir, "src") });
    // compare gives CPython the same folders.
    const compared = run(process.execPath, [cli, "compare", "src/chapter_02/listing.py"], dir, { PYTHONPATH: path.join(dir, "src") });
    assert.equal(compared.code, 0, compared.stdout + compared.stderr);
  });

  it("follows the program's own sys.path lines whose folder comes from __file__ (os.path and pathlib), and leaves them out", () => {
    const listing = (bootstrap: string) => `import asyncio\n${bootstrap}\nfrom util.delay_functions import delay\n\n\nasync def main():\n    print(await delay(1))\n\n\nasyncio.run(main())\n`;
    const dir = make({
      "util/__init__.py": "",
      "util/delay_functions.py": delayModule,
      "book/chapter_02/os_path.py": listing("if __name__ == '__main__':\n    import sys\n    import os\n    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..')))\n"),
      "book/chapter_02/path_lib.py": listing("import sys\nfrom pathlib import Path\nsys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))\n"),
      "book/chapter_02/appended.py": listing("import os, sys\nsys.path.append(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))\n"),
    });
    for (const main of ["book/chapter_02/os_path.py", "book/chapter_02/path_lib.py", "book/chapter_02/appended.py"]) {
      assert.match(assertSameAsCPython(dir, main), /finished sleeping for 1 second\(s\)\n1\n$/, main);
      const ts = run(process.execPath, [cli, "translate", main], dir).stdout;
      assert.doesNotMatch(ts, /sys|path|Path/, main);
    }
  });

  it("keeps a sys.path line whose folder does not follow from __file__, and an os the program also uses elsewhere, as refusals", () => {
    const dir = make({
      "util/__init__.py": "",
      "util/delay_functions.py": delayModule,
      "book/relative.py": "import sys\nsys.path.insert(0, '..')\nfrom util.delay_functions import delay\n",
      "book/uses_os.py": "import os, sys\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\nfrom util.delay_functions import delay\nprint(os.getpid())\n",
    });
    for (const main of ["book/relative.py", "book/uses_os.py"]) {
      const r = run(process.execPath, [cli, "translate", main], dir);
      assert.equal(r.code, 2, main);
      assert.match(r.stderr, /error TR2/, main);
    }
  });

  it("a name the program defines may also be defined in a module, where the program does not use the module's", () => {
    const dir = make({ "util/__init__.py": "from util.delay_functions import delay\nfrom util.timer import timed\n", "util/delay_functions.py": delayModule, "util/timer.py": "def timed(func):\n    def wrapper(*args, **kwargs):\n        print('calling', func.__name__)\n        return func(*args, **kwargs)\n    return wrapper\n", "main.py": "import asyncio\nfrom util import timed\n\n\n@timed\nasync def delay(n):\n    await asyncio.sleep(n)\n    return n\n\n\n@timed\nasync def main():\n    print(await delay(1))\n\n\nasyncio.run(main())\n" });
    assertSameAsCPython(dir, "main.py");
  });

  it("compare runs CPython where it finds the program's modules", () => {
    const dir = make({ "util.py": delayModule, "main.py": "import asyncio\nfrom util import delay\nasyncio.run(delay(0))\n" });
    const r = run(process.execPath, [cli, "compare", path.join(dir, "main.py")], tmpdir());
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^identical/);
  });

  it("reports at the import what it cannot put in one namespace, or cannot find, or cannot read", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ "util.py": "def main():\n    return 1\n", "main.py": "from util import main as m\n" }, /1:1: error TR2008 `from util import main as m`: a local module's name imported under another name is not supported/],
      [{ "util.py": "def helper():\n    return main()\ndef main():\n    return 2\n", "main.py": "from util import helper\ndef main():\n    print(helper())\nmain()\n" }, /1:1: error TR2008 the local module `util` and this program both define `main`/],
      [{ "util.py": "X = 1\n", "main.py": "from util import Y\nprint(Y)\n" }, /1:1: error TR2008 cannot import name 'Y' from 'util' \(.*util\.py\)/],
      [{ "log.py": "import logging\nlogger = logging.getLogger(__name__)\n", "main.py": "from log import logger\nprint(logger.name)\n" }, /1:1: error TR2008 `__name__` in the local module `log` is not supported/],
      [{ "util.py": "def f(:\n", "main.py": "from util import f\n" }, /1:1: error TR2008 the local module `util` \(.*util\.py\) cannot be read: \d+:\d+: PY/],
      [{ "util.py": "async def f():\n    match 1:\n        case 1:\n            pass\n", "main.py": "import asyncio\nfrom util import f\nasyncio.run(f())\n" }, /2:1: error TR2001 in .*util\.py:2:5: /],
    ];
    for (const [files, expected] of cases) {
      const dir = make(files);
      const r = run(process.execPath, [cli, "translate", "main.py"], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, expected);
    }
  });
});
