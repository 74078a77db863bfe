// `npm start`: the extension in a real VS Code (code-server) in the browser, with the lessons open.
// Builds, installs code-server like the e2e tests (cached), installs the extension, serves until Ctrl-C.
// See docs/extension.md ("Try it: npm start").
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, launchCodeServer } from "./start/codeServer.mjs";
import { installExtension } from "./start/extension.mjs";
import { USAGE, isLoopback, parseStartOptions } from "./start/options.mjs";
import { prepareWorkspace, stateDirs } from "./start/workspace.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

const options = parseStartOptions(process.argv.slice(2));
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (options.error) {
  console.error(`npm start: ${options.error}\n\n${USAGE}`);
  process.exit(2);
}

/** Runs a step's command in the foreground (Ctrl-C reaches it too); stops here if it fails. */
function runStep(what, command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (result.signal === "SIGINT") process.exit(130); // Ctrl-C reached the step too: stopping is no failure
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    console.error(`npm start: ${what} failed (${result.error?.message ?? `exit status ${result.status ?? result.signal}`})`);
    process.exit(1);
  }
  return result.stdout;
}

// Signal handlers come first: a Ctrl-C that arrived between spawning code-server and installing them would end
// this script with the default action, and code-server (in its own process group) would be left running.
let stopRequested = false;
let server;
const stopAndExit = async (why) => {
  if (!server) process.exit(130); // nothing started yet (a step's child process got the Ctrl-C too)
  // A second Ctrl-C does not wait: exiting kills the group at once (the exit hook in codeServer.mjs).
  if (stopRequested) process.exit(130);
  stopRequested = true;
  console.log(`\nasyncio-ts: ${why}, stopping code-server…`);
  const nothingLeft = await server.stop();
  console.log(nothingLeft ? "asyncio-ts: stopped; nothing left running." : `asyncio-ts: processes of group ${server.pid} are still running`);
  process.exit(nothingLeft ? 0 : 1);
};
process.on("SIGINT", () => void stopAndExit("interrupted"));
process.on("SIGTERM", () => void stopAndExit("terminated"));
process.on("SIGHUP", () => void stopAndExit("terminal closed"));

// How long each step took, shown with the URL (the first start installs code-server; later ones reuse it).
const stepSeconds = [];
async function step(name, action) {
  const from = performance.now();
  try {
    return await action();
  } catch (err) {
    // Failing because Ctrl-C is stopping the server is no failure: let stopAndExit finish and exit.
    if (stopRequested) return new Promise(() => {});
    console.error(`npm start: ${err.message}`);
    process.exit(1);
  } finally {
    stepSeconds.push(`${name} ${seconds(from)} s`);
  }
}

console.log("asyncio-ts: building the extension…");
await step("build", () => runStep("the build", process.execPath, ["scripts/build.mjs"]));
console.log("asyncio-ts: installing code-server (the first time takes a few minutes; cached in ~/.cache)…");
const launcher = await step("code-server install", () => runStep("installing code-server", "bash", ["scripts/e2e/install-code-server.sh"]).trim().split("\n").pop());

const dirs = stateDirs();
const keptLessons = prepareWorkspace(dirs, path.join(ROOT, "lessons"));
if (await step("extension install", () => installExtension({ root: ROOT, dirs, codeServer: launcher }))) {
  console.log("asyncio-ts: installed this build of the extension into code-server");
}

const password = options.auth === "password" ? randomBytes(18).toString("base64url") : undefined;
const port = options.port ?? (await freePort(options.host));
server = launchCodeServer({ launcher, host: options.host, port, password, dirs });

const url = await step("server start", () => server.ready);
void server.exited.then(async (status) => {
  if (stopRequested) return;
  console.error(`npm start: code-server exited on its own (${status}), see ${dirs.log}`);
  await server.stop();
  process.exit(1);
});

const lines = [
  "",
  `asyncio-ts: VS Code with the extension is ready in ${seconds(started)} s (${stepSeconds.join(", ")}). Open:`,
  "",
  `    ${url}`,
  "",
];
if (password) lines.push(`  Password: ${password}`);
if (!isLoopback(options.host)) {
  lines.push(
    "  Browsers give a plain-http page from another machine no service workers, which VS Code's webviews (the",
    "  panel) need. A tunnel avoids that, without --host: npm start -- --port N here, then on your machine",
    "  ssh -L N:127.0.0.1:N this-host and open http://localhost:N/.",
  );
}
lines.push(`  Lessons: ${dirs.workspace}`);
if (keptLessons.length > 0) lines.push(`  Kept your edits of ${keptLessons.join(", ")} (delete a file to get the lesson back).`);
lines.push(`  Log: ${dirs.log}`, "  Press Ctrl-C to stop code-server and everything it started.", "");
console.log(lines.join("\n"));
