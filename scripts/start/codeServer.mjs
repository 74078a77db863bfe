// Runs code-server in its own process group and stops it with everything it started: the group (server, extension
// host, pty host, watchers) and any descendant that left the group (a terminal's shell gets its own session).
/* global fetch */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";

/** A port nobody listens on right now (the OS picks it). */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().on("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const bracketed = (host) => (host.includes(":") ? `[${host}]` : host);

/** Where this machine reaches the server: a wildcard address is reached through loopback. */
function localAddress(host) {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "::1";
  return host;
}

/** Where others reach it: for a wildcard address, this machine's first external IPv4 address (if it has one). */
function publicAddress(host) {
  if (host !== "0.0.0.0" && host !== "::") return host;
  const external = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal);
  return external?.address ?? host;
}

/** Pids of all processes below `pid`, from /proc (Linux); empty where there is no /proc. */
function descendantsOf(pid) {
  if (!fs.existsSync("/proc")) return [];
  const children = new Map();
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent pid is the second field after the parenthesized command name (which may contain spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited while we looked
    }
  }
  const found = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = children.get(queue.pop()) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while any process is left in the process group `pgid`. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForHealth(server, health, stop, logFile) {
  for (const deadline = Date.now() + 60_000; ; await sleep(100)) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`code-server exited at start, see ${logFile}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${health} within 60 s, see ${logFile}`);
    }
    try {
      if ((await fetch(health)).ok) return;
    } catch {
      // not listening yet
    }
  }
}

/**
 * Starts code-server. Returns at once, so the caller can handle Ctrl-C from the first moment: `ready` resolves
 * to the URL once /healthz answers; `stop()` resolves to true when nothing of it is left running. `password` is
 * given through the environment, as code-server expects, so it never appears in a process listing.
 */
export function launchCodeServer({ launcher, host, port, password, dirs }) {
  const log = fs.openSync(dirs.log, "w");
  const server = spawn(
    launcher,
    [
      "--config", dirs.config,
      "--bind-addr", `${bracketed(host)}:${port}`,
      "--auth", password ? "password" : "none",
      "--disable-telemetry", "--disable-update-check",
      // The workspace holds only the lessons copied by npm start.
      "--disable-workspace-trust",
      "--user-data-dir", dirs.userData,
      "--extensions-dir", dirs.extensions,
      dirs.workspace,
    ],
    { detached: true, stdio: ["ignore", log, log], env: password ? { ...process.env, PASSWORD: password } : process.env },
  );
  fs.closeSync(log);
  const exited = new Promise((resolve) => server.once("exit", (code, sig) => resolve(sig ?? code)));
  // When this script exits (process.exit, an uncaught error), the server must not outlive it.
  const killNow = () => {
    for (const pid of descendantsOf(server.pid)) signal(pid, "SIGKILL");
    signal(-server.pid, "SIGKILL");
  };
  process.on("exit", killNow);

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      const before = descendantsOf(server.pid);
      // SIGTERM first, so code-server closes its extension host and terminals itself.
      signal(-server.pid, "SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      signal(-server.pid, "SIGKILL");
      for (const pid of before) signal(pid, "SIGKILL");
      process.off("exit", killNow);
      for (let i = 0; i < 20 && groupAlive(server.pid); i++) await sleep(100);
      return !groupAlive(server.pid);
    })());

  const health = `http://${bracketed(localAddress(host))}:${port}/healthz`;
  const ready = waitForHealth(server, health, stop, dirs.log).then(() => `http://${bracketed(publicAddress(host))}:${port}/`);
  return { ready, exited, stop, pid: server.pid };
}
