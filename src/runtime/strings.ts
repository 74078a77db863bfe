/** Python's str methods where JS differs: split/rsplit (maxsplit, whitespace runs), strip with chars, center, zfill, title, capitalize, count, splitlines, join, and the is... tests. */
import { PyTypeError, ValueError, pythonTypeName } from "./exceptions";
import { itemEquals } from "./compare";
import { pyWhitespace } from "./convert";

/** s.split(sep=None, maxsplit=-1): without sep, runs of whitespace separate and ends are ignored. */
export function split(s: string, sep?: string | null, maxsplit = -1): string[] {
  if (sep === undefined || sep === null) {
    const words: string[] = [];
    const re = new RegExp(`[^${pyWhitespace}]+`, "g");
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (maxsplit >= 0 && words.length === maxsplit) {
        words.push(s.slice(m.index)); // the rest keeps its trailing whitespace, as in CPython
        break;
      }
      words.push(m[0]);
    }
    return words;
  }
  if (sep === "") throw new ValueError("empty separator");
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

/** s.rsplit(sep=None, maxsplit=-1): like split, but the splits are counted from the right. */
export function rsplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  if (maxsplit < 0) return split(s, sep);
  if (sep === undefined || sep === null) {
    const words: string[] = [];
    let rest = s.replace(new RegExp(`[${pyWhitespace}]+$`), "");
    while (rest !== "" && words.length < maxsplit) {
      const m = new RegExp(`[${pyWhitespace}]+([^${pyWhitespace}]+)$`).exec(rest);
      if (!m) break;
      words.unshift(m[1]);
      rest = rest.slice(0, m.index);
    }
    // The rest keeps its leading whitespace, unless nothing else is left.
    return new RegExp(`^[${pyWhitespace}]*$`).test(rest) ? words : [rest, ...words];
  }
  if (sep === "") throw new ValueError("empty separator");
  const parts = s.split(sep);
  if (parts.length <= maxsplit + 1) return parts;
  const keep = parts.length - maxsplit;
  return [parts.slice(0, keep).join(sep), ...parts.slice(keep)];
}

/** The characters to strip: Python whitespace by default, else exactly the given ones. */
export function stripClass(chars?: string | null): string {
  if (chars === undefined || chars === null) return `[${pyWhitespace}]`;
  return "[" + chars.replace(/[\\\]^-]/g, "\\$&") + "]";
}

export function strip(s: string, chars?: string | null): string {
  return rstrip(lstrip(s, chars), chars);
}

export function lstrip(s: string, chars?: string | null): string {
  if (chars === "") return s;
  return s.replace(new RegExp(`^${stripClass(chars)}+`, "u"), "");
}

export function rstrip(s: string, chars?: string | null): string {
  if (chars === "") return s;
  return s.replace(new RegExp(`${stripClass(chars)}+$`, "u"), "");
}

/** s.center(width, fill): CPython puts the odd extra space on the left when width is odd ('ab'.center(5) is '  ab '). */
export function center(s: string, width: number, fill = " "): string {
  const missing = width - [...s].length;
  if (missing <= 0) return s;
  const left = Math.floor(missing / 2) + (missing & width & 1);
  return fill.repeat(left) + s + fill.repeat(missing - left);
}

export function ljust(s: string, width: number, fill = " "): string {
  return s + fill.repeat(Math.max(0, width - [...s].length));
}

export function rjust(s: string, width: number, fill = " "): string {
  return fill.repeat(Math.max(0, width - [...s].length)) + s;
}

/** s.zfill(width): zeros after the sign ('-42'.zfill(6) is '-00042'). */
export function zfill(s: string, width: number): string {
  const missing = width - [...s].length;
  if (missing <= 0) return s;
  const signed = s.startsWith("-") || s.startsWith("+");
  return signed ? s[0] + "0".repeat(missing) + s.slice(1) : "0".repeat(missing) + s;
}

/** A cased character (has upper and lower forms). */
export function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** s.title(): upper case after any uncased character, so "they're" becomes "They'Re", as in Python. */
export function title(s: string): string {
  let out = "";
  let previousCased = false;
  for (const ch of s) {
    out += previousCased ? ch.toLowerCase() : ch.toUpperCase();
    previousCased = isCased(ch);
  }
  return out;
}

/** s.capitalize(): first character upper, the rest lower. */
export function capitalize(s: string): string {
  const [first = "", ...rest] = [...s];
  return first.toUpperCase() + rest.join("").toLowerCase();
}

/** s.count(sub): non-overlapping occurrences ('abc'.count('') is 4); list.count(x): items equal to x. */
export function count<T>(s: string | readonly T[], sub: string | T): number {
  if (typeof s !== "string") return s.filter((item) => itemEquals(item, sub)).length;
  const text = String(sub);
  if (text === "") return [...s].length + 1;
  return s.split(text).length - 1;
}

/** Python's s[start:end] bounds for find/index: negatives count from the end; null is the whole string. */
function searchWindow(s: string, start: number | null, end: number | null): [number, number] {
  const len = s.length;
  const from = start === null ? 0 : start < 0 ? Math.max(0, start + len) : start;
  const to = end === null ? len : end < 0 ? Math.max(0, end + len) : Math.min(end, len);
  return [from, to];
}

/** s.find(sub[, start[, end]]): the first index of `sub` inside s[start:end], or -1. */
export function strFind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const [from, to] = searchWindow(s, start, end);
  if (from > s.length) return -1;
  const i = s.indexOf(sub, from);
  return i >= 0 && i + sub.length <= to ? i : -1;
}

/** s.rfind(sub[, start[, end]]): the last index of `sub` inside s[start:end], or -1. */
export function strRfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const [from, to] = searchWindow(s, start, end);
  if (from > s.length || to - from < sub.length) return -1;
  const i = s.slice(from, to).lastIndexOf(sub);
  return i < 0 ? -1 : i + from;
}

/** s.index(sub[, start[, end]]): find, but ValueError when absent. */
export function strIndex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}

/** s.rindex(sub[, start[, end]]): rfind, but ValueError when absent. */
export function strRindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}

/** s.replace(old, new, count): only the first `count` occurrences (all when count is negative). */
export function replaceCount(s: string, old: string, replacement: string, count = -1): string {
  if (old === "") {
    // Python inserts the replacement before every character and at the end, up to `count` times.
    const chars = [...s];
    let out = "";
    for (let i = 0; i <= chars.length; i++) {
      if (count < 0 || i < count) out += replacement;
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  const parts = s.split(old);
  if (count < 0 || parts.length - 1 <= count) return parts.join(replacement);
  return parts.slice(0, count + 1).join(replacement) + old + parts.slice(count + 1).join(old);
}

/** s.splitlines(keepends=False): every Python line boundary (\n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029). */
export function splitlines(s: string, keepends = false): string[] {
  const lines: string[] = [];
  // eslint-disable-next-line no-control-regex -- Python's line boundaries include these control characters
  const re = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    lines.push(s.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

/** sep.join(items): every item must be a str, as in Python. */
export function strJoin(sep: string, items: Iterable<unknown>): string {
  const list = [...items];
  list.forEach((item, i) => {
    if (typeof item !== "string") throw new PyTypeError(`sequence item ${i}: expected str instance, ${pythonTypeName(item)} found`);
  });
  return list.join(sep);
}

export function isdigit(s: string): boolean {
  return /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(s);
}

export function isdecimal(s: string): boolean {
  return /^\p{Nd}+$/u.test(s);
}

export function isnumeric(s: string): boolean {
  return /^\p{N}+$/u.test(s);
}

export function isalpha(s: string): boolean {
  return /^\p{L}+$/u.test(s);
}

export function isalnum(s: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(s);
}

export function isspace(s: string): boolean {
  return new RegExp(`^[${pyWhitespace}]+$`).test(s);
}

/** At least one cased character, and all cased characters upper case. */
export function isupper(s: string): boolean {
  return [...s].some(isCased) && s === s.toUpperCase();
}

export function islower(s: string): boolean {
  return [...s].some(isCased) && s === s.toLowerCase();
}
