/**
 * Turns Python names into TypeScript names: camelCase for functions and variables, unchanged for
 * classes, and never a clash with a keyword, a global the output uses, a helper, or another name.
 */

import { jsGlobalNames } from "./jsGlobals";

const reservedWords = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await async of arguments eval " +
    "undefined NaN Infinity globalThis Promise Map Set Array Object String Number Boolean Symbol Math JSON Error " +
    "console process Date RegExp Iterable Iterator BigInt WeakMap WeakSet Reflect Proxy queueMicrotask setTimeout " +
    "setImmediate clearTimeout structuredClone any unknown never type declare namespace module readonly keyof"
  ).split(" "),
);

export function isReservedWord(name: string): boolean {
  return reservedWords.has(name) || jsGlobalNames.has(name);
}

const camelCache = new Map<string, string>();

/** `task_coro` -> `taskCoro`; leading/trailing underscores and ALL_CAPS constants are kept. */
export function camelCase(pyName: string): string {
  let camel = camelCache.get(pyName);
  if (camel === undefined) {
    camel = toCamelCase(pyName);
    camelCache.set(pyName, camel);
  }
  return camel;
}

function toCamelCase(pyName: string): string {
  if (/^[A-Z0-9_]+$/.test(pyName) && /[A-Z]/.test(pyName)) return pyName;
  const lead = /^_*/.exec(pyName)![0];
  const trail = /_*$/.exec(pyName.slice(lead.length))![0];
  const core = pyName.slice(lead.length, pyName.length - trail.length);
  const camel = core.replace(/_+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return lead + camel + trail;
}

/** Claim order across all scopes: a child sees only the names its parent had claimed when it was forked. */
let claimSequence = 0;

/**
 * Hands out TypeScript names that are unique among everything claimed so far. The reserved names
 * (helpers, the program's own identifiers) are shared by every fork rather than copied: a module
 * can have thousands of them and a fork per scope. A fork sees its parent's claims made before the
 * fork through a link, not a copy (copying made a file of n functions cost n² name copies).
 */
export class NameClaims {
  /** name -> claim sequence number */
  private readonly taken = new Map<string, number>();

  constructor(
    private readonly reserved: ReadonlySet<string> = new Set(),
    private readonly parent?: NameClaims,
    private readonly forkedAt = 0,
  ) {}

  isTaken(name: string): boolean {
    return this.taken.has(name) || this.reserved.has(name) || reservedWords.has(name) || jsGlobalNames.has(name) || (this.parent?.takenBefore(name, this.forkedAt) ?? false);
  }

  private takenBefore(name: string, sequence: number): boolean {
    const at = this.taken.get(name);
    if (at !== undefined && at < sequence) return true;
    return this.parent?.takenBefore(name, Math.min(sequence, this.forkedAt)) ?? false;
  }

  claim(preferred: string): string {
    let name = preferred;
    if (this.isTaken(name)) name = `${preferred}_`;
    for (let n = 2; this.isTaken(name); n++) name = `${preferred}${n}`;
    this.taken.set(name, claimSequence++);
    return name;
  }

  fork(): NameClaims {
    return new NameClaims(this.reserved, this, claimSequence);
  }
}
