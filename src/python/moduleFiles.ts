/** Local modules as CPython finds them for a script: beside it (`sys.path[0]`), then in PYTHONPATH's folders. */
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import type { ModuleFile, ModuleResolver } from "./localModules";
import { pathBootstrap } from "./pathBootstrap";
import type { Module } from "./ast";

/** A resolver for the program file `file` (none for standard input); `found` lists the modules it gave. */
export function moduleFilesFor(file: string): { resolve: ModuleResolver; found: string[] } | undefined {
  if (file === "-" || file === "<stdin>") return undefined;
  const roots = [dirname(resolve(file)), ...(process.env.PYTHONPATH ?? "").split(delimiter).filter((p) => p !== "").map((p) => resolve(p))];
  const found: string[] = [];
  // One resolver serves a whole request (the panel translates again when it wraps lines in a coroutine): each file is read once.
  const known = new Map<string, ModuleFile | null>();
  const read = (path: string, isPackage: boolean): ModuleFile => {
    found.push(path);
    return { path, source: readFileSync(path, "utf8").replace(/^\uFEFF/, ""), isPackage };
  };
  const find = (name: string): ModuleFile | null => {
    const parts = name.split(".");
    for (const root of roots) {
      // A package (a folder with __init__.py) comes before a module of the same name, as in CPython.
      const init = join(root, ...parts, "__init__.py");
      if (existsSync(init)) return read(init, true);
      const single = join(root, ...parts) + ".py";
      if (existsSync(single)) return read(single, false);
    }
    return null;
  };
  const resolveName = (name: string): ModuleFile | null => {
    if (!known.has(name)) known.set(name, find(name));
    return known.get(name)!;
  };
  // The program's own `sys.path.insert(0, ...)` lines, read before the first import is looked for.
  const bootstrap = (program: Module): readonly number[] => {
    const added = pathBootstrap(program, resolve(file));
    // Each insert(0, ...) goes in front of the ones before it.
    roots.unshift(...[...added.front].reverse().filter((r) => !roots.includes(r)));
    roots.push(...added.back.filter((r) => !roots.includes(r)));
    known.clear();
    return added.dropped;
  };
  return { found, resolve: Object.assign(resolveName, { bootstrap }) };
}
