/**
 * A teaching note is a claim about two languages: every claim of every note (test/claims), of every rule of
 * docs/semantics.md and of every "Instead" row of docs/constructs.md is run here,
 * the Python side under python3 (CPython 3.11; python3.12 where the claim is about 3.12) and the
 * JavaScript side under node, and the output must be what the claim says.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import ts from "typescript";
import { noteCatalog, type NoteId } from "../../src/translate/notes";
import type { Claims, Compile, Run } from "../claims/claim";
import { insteadClaims, noteClaims, semanticsClaims } from "../claims";
import { plainClaims, refusalClaims } from "../claims/plainClaims";

interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function execute(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, exitCode: code ?? -1 }));
  });
}

function check(run: Run, outcome: Outcome, side: string): void {
  assert.equal(outcome.stdout, run.stdout, `${side} stdout\n--- stderr\n${outcome.stderr}`);
  assert.equal(outcome.exitCode, run.exitCode ?? 0, `${side} exit status\n--- stderr\n${outcome.stderr}`);
  if (run.stderrIncludes !== undefined) assert.ok(outcome.stderr.includes(run.stderrIncludes), `${side} stderr lacks ${JSON.stringify(run.stderrIncludes)}:\n${outcome.stderr}`);
}

/** TypeScript's own downlevel emit (await using, for instance, which node 20 does not parse yet). */
function transpile(code: string): string {
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ["lib.esnext.d.ts"] } }).outputText;
}

function strictErrors(c: Compile): number[] {
  const file = "claim.ts";
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, types: [], lib: ["lib.es2022.d.ts"] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => (name === file ? ts.createSourceFile(file, c.code, language) : read(name, language));
  const program = ts.createProgram([file], options, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter((d) => d.file?.fileName === file).map((d) => d.code);
}

/** The executable of a CPython 3.12 for the claims about 3.12, if this machine has one (on PATH, or a pyenv version). */
function python312(): string | null {
  const ask = (env?: NodeJS.ProcessEnv): string | null => {
    try {
      const out = execFileSync("python3.12", ["-c", "import sys; print(sys.executable if sys.version_info[:2] >= (3, 12) else '')"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, ...env } });
      return out.trim() || null;
    } catch {
      return null;
    }
  };
  const direct = ask();
  if (direct) return direct;
  try {
    const versions = execFileSync("pyenv", ["versions", "--bare"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n");
    const v312 = versions.find((v) => /^3\.12\.\d+$/.test(v.trim()));
    return v312 ? ask({ PYENV_VERSION: v312.trim() }) : null;
  } catch {
    return null;
  }
}

type Side = "python" | "python312" | "js" | "ts";

describe("teaching notes, semantics rules and Instead rows: every claim runs under python3 and node", function () {
  this.timeout(300_000);
  const py312 = python312();
  // The interpreter itself, not a version manager's shim script in front of it (a process start each).
  const python3 = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const outcomes = new Map<Run, Promise<Outcome>>();
  const allClaims: [string, Claims][] = [
    ...(Object.keys(noteClaims) as NoteId[]).map((id): [string, Claims] => [id, noteClaims[id]]),
    ...Object.entries(plainClaims).map(([kind, claims]): [string, Claims] => [`plain difference ${kind}`, claims]),
    ...Object.entries(refusalClaims).map(([fact, claims]): [string, Claims] => [`plain refusal fact ${fact}`, claims]),
    ...Object.entries(semanticsClaims).map(([rule, claims]): [string, Claims] => [`docs/semantics.md ${rule}`, claims]),
    ...Object.entries(insteadClaims).map(([row, claims]): [string, Claims] => [`docs/constructs.md ${row}`, claims]),
  ];
  const command = (side: Side, run: Run): [string, string[], NodeJS.ProcessEnv?] => {
    if (side === "python") return [python3, ["-c", run.code]];
    if (side === "python312") return [py312!, ["-c", run.code]];
    return [process.execPath, ["--input-type=module", "-e", side === "ts" ? transpile(run.code) : run.code]];
  };

  // Every program starts at once, a few at a time (each is a process start, mostly waiting).
  before(() => {
    const queue: [Side, Run][] = [];
    // A rule or row that quotes a note's claim shares its programs: each runs once.
    const queued = new Set<Run>();
    for (const [, claims] of allClaims) {
      for (const claim of claims) {
        for (const side of ["python", "python312", "js", "ts"] as const) {
          const run = claim[side];
          if (run && !queued.has(run) && (side !== "python312" || py312)) {
            queued.add(run);
            queue.push([side, run]);
          }
        }
      }
    }
    let next = 0;
    const slots: Promise<void>[] = [];
    const start = (): Promise<void> | undefined => {
      const item = queue[next++];
      if (!item) return undefined;
      const [side, run] = item;
      const outcome = execute(...command(side, run));
      outcomes.set(run, outcome);
      return outcome.then(() => start(), () => start());
    };
    for (let i = 0; i < 4; i++) slots.push(start() ?? Promise.resolve());
  });

  it("every note has a claim with a Python side and a JavaScript/TypeScript side", () => {
    for (const id of Object.keys(noteCatalog) as NoteId[]) {
      const claims = noteClaims[id];
      assert.ok(claims.some((c) => c.python || c.python312), `${id}: no Python program`);
      assert.ok(claims.some((c) => c.js || c.ts || c.tsc), `${id}: no JavaScript or TypeScript program`);
    }
  });

  const outcomeOf = async (run: Run): Promise<Outcome> => {
    // The queue registers each program when it starts; wait for its turn.
    while (!outcomes.has(run)) await new Promise((r) => setTimeout(r, 20));
    return outcomes.get(run)!;
  };

  it("every plain-TypeScript difference and refusal fact has a claim with a Python side and a JavaScript side", () => {
    for (const [kind, claims] of [...Object.entries(plainClaims), ...Object.entries(refusalClaims)]) {
      assert.ok(claims.some((c) => c.python), `${kind}: no Python program`);
      assert.ok(claims.some((c) => c.js || c.ts), `${kind}: no JavaScript program`);
    }
  });
  for (const [id, claims] of allClaims) {
    for (const claim of claims) {
      it(`${id}: ${claim.says}`, async function () {
        if (claim.python312 && !py312) this.skip();
        for (const side of ["python", "python312", "js", "ts"] as const) {
          const run = claim[side];
          if (run) check(run, await outcomeOf(run), side === "python" ? "python3" : side === "python312" ? "python3.12" : side === "ts" ? "node (TypeScript)" : "node");
        }
        if (claim.tsc) assert.deepEqual(strictErrors(claim.tsc), claim.tsc.errors, "tsc --strict errors");
      });
    }
  }
});
