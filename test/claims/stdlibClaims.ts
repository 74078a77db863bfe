/** Claims of the notes on the standard-library modules (sys, functools) and on decorators. */
import type { Claims } from "./claim";

export const stdlibClaims = {
  sysExit: [
    {
      says: "sys.exit raises SystemExit: finally runs and except SystemExit catches it; process.exit skips finally",
      python: { code: `import sys\ntry:\n    sys.exit(3)\nexcept SystemExit as e:\n    print("caught", e.code)\ntry:\n    sys.exit(2)\nfinally:\n    print("finally runs")\n`, stdout: "caught 3\nfinally runs\n", exitCode: 2 },
      js: { code: `try {\n  process.exit(2);\n} finally {\n  console.log("finally runs");\n}\n`, stdout: "", exitCode: 2 },
    },
  ],
  streamWrite: [
    {
      says: "sys.stdout.write adds no newline and returns the length; console.log ends the line",
      python: { code: `import sys\nn = sys.stdout.write("ab")\nprint(n)\n`, stdout: "ab2\n" },
      js: { code: `process.stdout.write("ab");\nconsole.log("c");\n`, stdout: "abc\n" },
    },
  ],
  partial: [
    {
      says: "partial evaluates its arguments when made; an arrow reads the variable at each call",
      python: { code: `from functools import partial\nx = 1\np = partial(print, x)\nx = 2\np()\n`, stdout: "1\n" },
      js: { code: `let x = 1;\nconst bound = console.log.bind(null, x);\nconst arrow = () => console.log(x);\nx = 2;\nbound();\narrow();\n`, stdout: "1\n2\n" },
    },
  ],
  decorators: [
    {
      says: "@deco runs f = deco(f) once when the def runs; TypeScript rejects a decorator on a function",
      python: { code: `def deco(f):\n    print("decorating", f.__name__)\n    return lambda: "wrapped " + f()\n@deco\ndef f():\n    return "f"\nprint(f())\nprint(f())\n`, stdout: "decorating f\nwrapped f\nwrapped f\n" },
      tsc: { code: `function deco(f: () => string): () => string { return () => "wrapped " + f(); }\n@deco\nfunction f(): string { return "f"; }\n`, errors: [1206] },
    },
  ],
} satisfies Record<string, Claims>;
