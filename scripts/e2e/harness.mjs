// Starts an isolated code-server (own user data, extensions dir and workspace) and a headless Debian Chromium.
// See docs/extension.md and ../shared/E2E-RECIPE.md. The server runs in its own process group, killed on exit.
/* global fetch */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const CACHE = process.env.CODE_SERVER_E2E_CACHE ?? path.join(os.homedir(), ".cache/code-server-e2e");
export const CODE_SERVER = process.env.CODE_SERVER ?? path.join(CACHE, "bin/code-server");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net
      .createServer()
      .listen(0, "127.0.0.1", () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      })
      .on("error", reject);
  });

export function checkInstalled() {
  for (const [what, file] of [["code-server", CODE_SERVER], ["chromium", CHROMIUM]]) {
    if (!fs.existsSync(file)) {
      console.error(`${what} not found at ${file}: run \`npm run e2e:install\` first (or set ${what === "chromium" ? "CHROMIUM" : "CODE_SERVER"}).`);
      process.exit(2);
    }
  }
}

/** files: { "name.py": "text" } written into the workspace; settings: extra user settings. */
export async function startCodeServer({ files = {}, settings = {} } = {}) {
  checkInstalled();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "asyncio-ts-e2e-"));
  const dataDir = path.join(tmp, "data");
  const workspace = path.join(tmp, "workspace");
  fs.mkdirSync(path.join(dataDir, "User"), { recursive: true });
  fs.mkdirSync(workspace);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);
  fs.writeFileSync(
    path.join(dataDir, "User/settings.json"),
    JSON.stringify({
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "workbench.colorTheme": "Default Dark Modern",
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
      "chat.disableAIFeatures": true,
      "security.workspace.trust.enabled": false,
      "editor.minimap.enabled": false,
      ...settings,
    }),
  );
  fs.writeFileSync(path.join(tmp, "config.yaml"), "");
  const port = await freePort();
  const logFile = path.join(tmp, "code-server.log");
  const log = fs.openSync(logFile, "w");
  const proc = spawn(
    CODE_SERVER,
    [
      "--config", path.join(tmp, "config.yaml"),
      "--bind-addr", `127.0.0.1:${port}`,
      "--auth", "none",
      "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
      // Built VS Code ignores the URL "payload" (extensionDevelopmentPath, ...) without this flag.
      "--vscode-option", "enable-smoke-test-driver",
      "--user-data-dir", dataDir,
      "--extensions-dir", path.join(tmp, "extensions"),
      workspace,
    ],
    { detached: true, stdio: ["ignore", log, log] },
  );
  const killGroup = () => {
    try {
      process.kill(-proc.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.on("exit", killGroup);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  const authority = `localhost:${port}`;
  const url = `http://${authority}`;
  const stop = async (keepFiles = !!process.env.E2E_KEEP) => {
    try {
      process.kill(-proc.pid, "SIGTERM");
      for (let i = 0; i < 50 && proc.exitCode === null && proc.signalCode === null; i++) await new Promise((r) => setTimeout(r, 100));
    } catch {
      // already gone
    }
    killGroup();
    process.off("exit", killGroup);
    if (!keepFiles) fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 300 || proc.exitCode !== null) {
      await stop(true);
      throw new Error(`code-server did not start, see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const remote = (p) => `vscode-remote://${authority}${p}`;
  /** The workbench URL with the extension under development (and optionally a test module) loaded. */
  const workbenchUrl = (payload) => `${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return { url, authority, workspace, logFile, tmp, stop, remote, workbenchUrl };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
}

/** Workbench noise caused by the closed network; E2E_VERBOSE=1 shows everything. */
export const NOISE =
  /Failed to load resource|sandbox attribute|web worker extension host|ENOTFOUND|authentication provider|socket|connection token|grace time|AccountPolicyGate|AgentHost|Service Worker|builtin extensions cache|Unable to write into user settings|Canceled|DefaultAccount/;
