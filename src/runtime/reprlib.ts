/** reprlib.repr with its default limits, which asyncio uses for results and callback arguments in reprs (`result=[0, 1, 2, 3, 4, 5, ...]`). */
import { repr } from "./repr";
import { isTuple } from "./tuple";

const limits = { level: 6, iterable: 6, dict: 4, string: 30, long: 40, other: 30 };

/** A repr cut to at most `max` characters, keeping both ends around `...` (reprlib's way for strings, ints and other objects). */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return s.slice(0, i) + "..." + s.slice(s.length - j);
}

function iterable(items: readonly unknown[], level: number, left: string, right: string, trail = ""): string {
  const n = items.length;
  let body: string;
  if (level <= 0 && n > 0) {
    body = "...";
  } else {
    const pieces = items.slice(0, limits.iterable).map((x) => shortReprAt(x, level - 1));
    if (n > limits.iterable) pieces.push("...");
    body = pieces.join(", ");
    if (n === 1 && trail) right = trail + right;
  }
  return left + body + right;
}

function shortReprAt(x: unknown, level: number): string {
  if (typeof x === "string") {
    const s = repr(x.slice(0, limits.string));
    if (s.length <= limits.string) return s;
    const i = Math.max(0, Math.floor((limits.string - 3) / 2));
    const j = Math.max(0, limits.string - 3 - i);
    const joined = repr(x.slice(0, i) + x.slice(x.length - j));
    return joined.slice(0, i) + "..." + joined.slice(joined.length - j);
  }
  if (typeof x === "number" && Number.isInteger(x)) return cut(repr(x), limits.long);
  if (Array.isArray(x)) return isTuple(x) ? iterable(x, level, "(", ")", ",") : iterable(x, level, "[", "]");
  if (x instanceof Set) return x.size === 0 ? "set()" : iterable([...x], level, "{", "}");
  if (x instanceof Map) {
    if (x.size === 0) return "{}";
    if (level <= 0) return "{...}";
    const pieces = [...x].slice(0, limits.dict).map(([k, v]) => `${shortReprAt(k, level - 1)}: ${shortReprAt(v, level - 1)}`);
    if (x.size > limits.dict) pieces.push("...");
    return `{${pieces.join(", ")}}`;
  }
  return cut(repr(x), limits.other);
}

/** reprlib.repr(x). */
export function shortRepr(x: unknown): string {
  return shortReprAt(x, limits.level);
}
