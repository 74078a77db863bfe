// Installs the built extension into code-server the way a user installs a .vsix (no development mode, so the
// workbench behaves normally: notifications show, no "Extension Development Host"). Packaging takes seconds, so
// it is skipped when nothing that could go into the .vsix changed since the last install.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

// Everything the .vsix can contain (.vscodeignore keeps a subset of these) plus .vscodeignore itself. A superset
// is cheaper than asking vsce for the exact list (loading vsce alone takes seconds) and never misses a change.
const PACKAGE_INPUTS = ["package.json", "README.md", "LICENSE", ".vscodeignore", "dist", "media"];

function filesUnder(root, relative) {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs.readdirSync(full).sort().flatMap((name) => filesUnder(root, path.join(relative, name)));
}

function packageInputsHash(root) {
  const hash = createHash("sha256");
  for (const file of PACKAGE_INPUTS.flatMap((input) => filesUnder(root, input))) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** Returns true when it (re)installed, false when the installed extension was already this build. */
export function installExtension({ root, dirs, codeServer }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const installedDir = path.join(dirs.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  const stampFile = path.join(dirs.home, "extension-installed.sha256");
  const inputs = packageInputsHash(root);
  if (fs.existsSync(installedDir) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === inputs) return false;

  const vsix = path.join(dirs.home, `${manifest.name}.vsix`);
  // Same contents as `npm run package` (the bundle needs no node_modules). The file listing is not shown, nor the
  // warnings about the repository URL and LICENSE file that only matter for publishing.
  const vsce = path.join(path.dirname(require.resolve("@vscode/vsce/package.json")), "vsce");
  const flags = ["--no-dependencies", "--no-rewrite-relative-links", "--allow-missing-repository", "--skip-license"];
  const pack = spawnSync(process.execPath, [vsce, "package", ...flags, "-o", vsix], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (pack.status !== 0) throw new Error(`vsce package failed (exit status ${pack.status ?? pack.signal})`);
  const install = spawnSync(
    codeServer,
    ["--config", dirs.config, "--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions, "--install-extension", vsix, "--force"],
    { encoding: "utf8" },
  );
  if (install.status !== 0) throw new Error(`code-server --install-extension failed:\n${install.stdout}${install.stderr}`);
  fs.writeFileSync(stampFile, inputs);
  return true;
}
