// Loaded by the extension host (payload "extensionTestsPath"): run() resolves when every test passed.
import * as fs from "fs";
import Mocha from "mocha";
import * as path from "path";

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 30_000 });
  for (const f of fs.readdirSync(__dirname)) if (f.endsWith(".test.js")) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // A run that executed no test (none found, all filtered out) proves nothing: it fails.
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else if (runner.stats === undefined || runner.stats.tests === 0) reject(new Error("no test ran"));
      else resolve();
    });
  });
}
