// The state `npm start` keeps between sessions (under ~/.cache/asyncio-ts-start, apart from the e2e tests' temporary
// dirs): the workspace of lessons, VS Code's user data (settings, open editors) and its extensions dir.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** ASYNCIO_TS_START_HOME moves everything elsewhere (the e2e test uses a temporary dir). */
export function stateDirs(home = process.env.ASYNCIO_TS_START_HOME ?? path.join(os.homedir(), ".cache", "asyncio-ts-start")) {
  return {
    home,
    workspace: path.join(home, "workspace"),
    userData: path.join(home, "user-data"),
    extensions: path.join(home, "extensions"),
    // An empty config keeps code-server from writing ~/.config/code-server/config.yaml.
    config: path.join(home, "config.yaml"),
    log: path.join(home, "code-server.log"),
  };
}

// Settings for a first session only; afterwards they are the user's.
const FIRST_SETTINGS = {
  "workbench.startupEditor": "readme", // opens the workspace's README.md, the list of lessons
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden", // the chat view, empty without AI features
};

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/**
 * Copies lessons/ into the workspace. A lesson the user has not edited (its text is still what was copied last
 * time, recorded in lessons-copied.json) is refreshed; an edited one is kept. Returns the names kept.
 */
export function prepareWorkspace(dirs, lessonsDir) {
  fs.mkdirSync(dirs.workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, "User"), { recursive: true });
  const settingsFile = path.join(dirs.userData, "User", "settings.json");
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(FIRST_SETTINGS, null, 2) + "\n");
  if (!fs.existsSync(dirs.config)) fs.writeFileSync(dirs.config, "");

  const recordFile = path.join(dirs.home, "lessons-copied.json");
  const copied = fs.existsSync(recordFile) ? JSON.parse(fs.readFileSync(recordFile, "utf8")) : {};
  const kept = [];
  for (const name of fs.readdirSync(lessonsDir).sort()) {
    const text = fs.readFileSync(path.join(lessonsDir, name), "utf8");
    const target = path.join(dirs.workspace, name);
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
    if (current === undefined || current === text || sha256(current) === copied[name]) {
      if (current !== text) fs.writeFileSync(target, text);
      copied[name] = sha256(text);
    } else {
      kept.push(name);
    }
  }
  fs.writeFileSync(recordFile, JSON.stringify(copied, null, 2) + "\n");
  return kept;
}
