/**
 * Finding the standard-library module a name refers to (`functools.partial`, `partial` imported from
 * functools, `sys.stdout.write`, `collections.abc.Awaitable`) and dispatching its uses to the module's
 * table: a name the table does not translate gives TR2003 naming it; a module not in the registry,
 * TR2008 at its import.
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateMethodCall } from "../methods";
import { T, type PyType } from "../types";
import type { StdlibName, StdlibRef } from "./module";
import { stdlibModule, stdlibModules } from "./registry";

/** The modules JavaScript lacks but an import still translates (asyncio's own, handled elsewhere). */
const coreModules: readonly string[] = ["asyncio", "contextlib", "time"];

export function supportedModuleList(): string {
  return [...coreModules, ...stdlibModules.map((m) => m.name)].map((m) => `\`${m}\``).join(", ");
}

/** `sys.stdout` or `sys.stderr` (or the stream imported from sys), as print(file=) and basicConfig(stream=) take it; null for anything else. */
export function sysStream(ctx: TranslationContext, e: py.Expr): "stdout" | "stderr" | null {
  const ref = stdlibRef(ctx, e);
  return ref?.module.name === "sys" && (ref.name === "stdout" || ref.name === "stderr") ? ref.name : null;
}

/** The module-level name a reference is about, or null when it is not a standard-library name (or is shadowed by a variable). */
export function stdlibRef(ctx: TranslationContext, e: py.Expr): StdlibRef | null {
  const parts: string[] = [];
  let root = e;
  while (root.kind === "Attribute") {
    parts.unshift(root.attr);
    root = root.value;
  }
  if (root.kind !== "Name" || !ctx.isImportedName(root.id)) return null;
  const imported = ctx.fromImports.get(root.id);
  if (imported) {
    // `from collections import abc`: the name is itself a module.
    const submodule = stdlibModule(`${imported.module}.${imported.name}`);
    if (submodule) return parts.length > 0 ? { module: submodule, name: parts.join(".") } : null;
    const module = stdlibModule(imported.module);
    return module ? { module, name: [imported.name, ...parts].join(".") } : null;
  }
  // `import collections.abc [as abc]`: the longest bound prefix names the module.
  for (let i = parts.length - 1; i >= 0; i--) {
    const moduleName = ctx.moduleAliases.get([root.id, ...parts.slice(0, i)].join("."));
    if (moduleName === undefined) continue;
    const module = stdlibModule(moduleName);
    return module ? { module, name: parts.slice(i).join(".") } : null;
  }
  // `import collections.abc` binds `collections` too.
  const boundByDotted = [...ctx.moduleAliases].some(([bound, name]) => bound === name && bound.startsWith(`${root.id}.`));
  const module = boundByDotted ? stdlibModule(root.id) : undefined;
  return module && parts.length > 0 ? { module, name: parts.join(".") } : null;
}

export function stdlibEntry(ref: StdlibRef): StdlibName | undefined {
  return ref.module.names.find((n) => n.name === ref.name);
}

/** `m.x(...)` for a module of the registry; null when the callee is not one. */
export function stdlibCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const ref = stdlibRef(ctx, e.func);
  if (!ref) return null;
  const entry = stdlibEntry(ref);
  // `sys.platform.startswith("win")`: a method of a value the module has (a str here).
  if (!entry && e.func.kind === "Attribute" && isModuleValue(ctx, e.func.value)) return translateMethodCall(ctx, e, e.func);
  const result = entry?.status === "supported" ? (ref.module.call?.(ctx, ref.name, e) ?? null) : null;
  if (result) {
    if (entry?.note) ctx.note(entry.note, e);
    return result;
  }
  return reportStdlibName(ctx, ref, e.func, entry, "called this way");
}

/** Whether an expression names a value of a module of the registry (`sys.platform`), not a function or a submodule. */
function isModuleValue(ctx: TranslationContext, e: py.Expr): boolean {
  const ref = e.kind === "Attribute" || e.kind === "Name" ? stdlibRef(ctx, e) : null;
  const entry = ref ? stdlibEntry(ref) : undefined;
  return ref !== null && entry?.status === "supported" && (ref.module.value?.(ctx, ref.name, e as py.Attribute) ?? null) !== null;
}

/** An attribute of a value made by a module of the registry (`dt.year`); null when no module claims it. */
export function stdlibAttribute(ctx: TranslationContext, e: py.Attribute, target: Typed): Typed | null {
  for (const module of stdlibModules) {
    const result = module.attribute?.(ctx, e, target) ?? null;
    if (result) return result;
  }
  return null;
}

/** A method call on a value made by a module of the registry (`rng.randint(1, 6)`); null when no module claims it. */
export function stdlibMethodCall(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  for (const module of stdlibModules) {
    const result = module.methodCall?.(ctx, e, func, target) ?? null;
    if (result) return result;
  }
  return null;
}

/** `m.x` or `x` (imported from m) as a value; null when the expression is not one. */
export function stdlibValue(ctx: TranslationContext, e: py.Name | py.Attribute): Typed | null {
  const ref = stdlibRef(ctx, e);
  if (!ref) return null;
  const entry = stdlibEntry(ref);
  const result = entry?.status === "supported" ? (ref.module.value?.(ctx, ref.name, e) ?? null) : null;
  if (result) {
    if (entry?.note) ctx.note(entry.note, e);
    return result;
  }
  return reportStdlibName(ctx, ref, e, entry, "used as a value");
}

/** `m.X` / `m.X[args]` in an annotation; null when it is not a module name (or the module gives it no type). */
export function stdlibAnnotation(ctx: TranslationContext, e: py.Expr, args: readonly py.Expr[] | null, typeOf: (e: py.Expr) => PyType): PyType | null {
  if (e.kind !== "Name" && e.kind !== "Attribute") return null;
  const ref = stdlibRef(ctx, e);
  if (!ref) return null;
  return ref.module.annotation?.(ref.name, args, typeOf) ?? null;
}

/** `Tuple[int, str]`, `Optional[Job]`: a subscripted annotation form of a module (a type alias's value). */
export function isTypeAliasValue(ctx: TranslationContext, e: py.Subscript): boolean {
  if (e.value.kind !== "Name" && e.value.kind !== "Attribute") return false;
  const ref = stdlibRef(ctx, e.value);
  return ref !== null && ref.module.annotation?.(ref.name, [], () => T.unknown) != null;
}

/** `Generic[T]`, `typing.Protocol`: a base that only types the program. */
export function isTypeOnlyBase(ctx: TranslationContext, base: py.Expr): boolean {
  const e = base.kind === "Subscript" ? base.value : base;
  if (e.kind !== "Name" && e.kind !== "Attribute") return false;
  const ref = stdlibRef(ctx, e);
  return ref !== null && (ref.module.typeOnlyBases ?? []).includes(ref.name);
}

function reportStdlibName(ctx: TranslationContext, ref: StdlibRef, span: py.NodeBase, entry: StdlibName | undefined, how: string): Typed {
  const python = `${ref.module.name}.${ref.name}`;
  if (entry?.status === "impossible") ctx.report("TR2009", span, `\`${python}\` cannot be translated: ${entry.suggestion ?? ""}`);
  else if (entry) ctx.report("TR2003", span, `\`${python}\` is not supported ${how}`);
  else ctx.report("TR2003", span, `\`${python}\` is not supported (the names of \`${ref.module.name}\` that translate are listed in docs/constructs.md)`);
  return { ir: f.id("undefined"), type: T.unknown };
}

/** `import m` / `from m import a, b`: the module must be known, and each name imported from it in its table. */
export function checkStdlibImport(ctx: TranslationContext, s: py.Import | py.ImportFrom): void {
  if (s.kind === "Import") {
    for (const alias of s.names) {
      if (coreModules.includes(alias.name) || stdlibModule(alias.name) || isPackageOfKnown(alias.name)) continue;
      ctx.report("TR2008", alias, `the module \`${alias.name}\` is not supported (only ${supportedModuleList()})`);
    }
    return;
  }
  const module = stdlibModule(s.module ?? "");
  if (!module) {
    ctx.report("TR2008", s, `importing from \`${s.module ?? "."}\` is not supported (only ${supportedModuleList()})`);
    return;
  }
  for (const alias of s.names) {
    if (stdlibModule(`${module.name}.${alias.name}`)) continue;
    const entry = module.names.find((n) => n.name === alias.name);
    if (entry?.status === "impossible") ctx.report("TR2009", alias, `\`${module.name}.${alias.name}\` cannot be translated: ${entry.suggestion ?? ""}`);
    else if (!entry) ctx.report("TR2003", alias, `\`${module.name}.${alias.name}\` is not supported (the names of \`${module.name}\` that translate are listed in docs/constructs.md)`);
  }
}

/** `import collections` when only `collections.abc` is in the registry: the package itself binds nothing usable yet, but imports fine. */
function isPackageOfKnown(name: string): boolean {
  return stdlibModules.some((m) => m.name.startsWith(`${name}.`));
}
