// Mutation testing: `npm run mutation` (not in CI: it runs the covering tests once per mutant).
// Results and the survivors explained: docs/testing.md. MUTATE narrows a run, e.g.
//   MUTATE=src/run/verdict.ts npm run mutation
const everything = ["src/run/**/*.ts", "src/runtime/**/*.ts", "!src/runtime/helperTable.generated.ts", "!src/runtime/index.ts"];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "mocha",
  // The tests are TypeScript: tsx loads them and the mutated sources, as .mocharc.json does for `npm test`.
  testRunnerNodeArgs: ["--import", "tsx"],
  mochaOptions: {
    spec: [
      "test/unit/verdict.test.ts",
      // Not runtimeTable.test.ts: it compares the sources' text with the generated table, which a mutant changes.
      ...["AsyncIteration", "Compare", "Format", "Harness", "Keywords", "Loop", "Operands", "Random", "Stdlib", "Sync", "Timeouts", "Values"].map((n) => `test/unit/runtime${n}.test.ts`),
      "test/unit/wallClock.test.ts",
      "test/unit/run.test.ts",
      "test/unit/escape.test.ts",
      "test/unit/loopRunnerRepr.test.ts",
      // The fixtures in module form, against src/runtime in this process: what sees the event loop's mutants.
      "test/unit/fixturesInProcess.test.ts",
    ],
  },
  mutate: process.env.MUTATE ? process.env.MUTATE.split(",") : everything,
  coverageAnalysis: "perTest",
  // A static mutant (a module-level value) would run every test in the list; see docs/testing.md.
  ignoreStatic: true,
  // tsx does not type-check, so the mutated files need no `// @ts-nocheck` (which would also change their text).
  disableTypeChecks: false,
  ignorePatterns: ["dist", ".test-work", "reports", "*.vsix"],
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
