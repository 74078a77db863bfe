/** Python's str.format(): {} / {0} / {name} fields with .attr and [key], !r/!s/!a conversions and format specs (which may contain nested fields). */
import { IndexError, KeyError, ValueError } from "./exceptions";
import { format } from "./formatSpec";
import { pythonAttribute } from "./names";
import { repr, str } from "./repr";
import { parseTypeDesc, subscriptTypeDesc, typeDescText } from "./typeDesc";

/**
 * "template".format(*args, **kwargs). `types` and `keywordTypes` give the static Python type of the arguments where
 * it matters (a whole float: "float"), like the `type` argument of format().
 */
export function formatStr(
  template: string,
  args: readonly unknown[],
  kwargs: Map<string, unknown> | Record<string, unknown> = {},
  types: readonly (string | undefined)[] = [],
  keywordTypes: Readonly<Record<string, string>> = {},
): string {
  const named = kwargs instanceof Map ? kwargs : new Map(Object.entries(kwargs));
  const numbering = { auto: 0, mode: "none" as "none" | "auto" | "manual" };
  const lookup = (field: string): [unknown, string | undefined] => {
    const m = /^([^.[]*)(.*)$/s.exec(field) ?? ["", "", ""];
    const first = m[1];
    let value: unknown;
    let type: string | undefined;
    if (first === "" || /^\d+$/.test(first)) {
      const wantAuto = first === "";
      if (numbering.mode === (wantAuto ? "manual" : "auto")) {
        throw new ValueError(
          wantAuto
            ? "cannot switch from manual field specification to automatic field numbering"
            : "cannot switch from automatic field numbering to manual field specification",
        );
      }
      numbering.mode = wantAuto ? "auto" : "manual";
      const index = wantAuto ? numbering.auto++ : Number(first);
      if (index >= args.length) throw new IndexError(`Replacement index ${index} out of range for positional args tuple`);
      value = args[index];
      type = types[index];
    } else {
      if (!named.has(first)) throw new KeyError(first);
      value = named.get(first);
      type = Object.hasOwn(keywordTypes, first) ? keywordTypes[first] : undefined;
    }
    // .attr and [key] parts, applied left to right.
    for (const part of m[2].matchAll(/\.([^.[]+)|\[([^\]]+)\]/g)) {
      if (part[1] !== undefined) {
        type = undefined;
        // getattr as Python does it: a member JavaScript gives the value (`{0.constructor}`) is AttributeError.
        value = pythonAttribute(value, part[1]);
      } else {
        const itemType = type === undefined ? null : subscriptTypeDesc(value, parseTypeDesc(type), /^\d+$/.test(part[2]) ? Number(part[2]) : part[2]);
        type = itemType === null ? undefined : typeDescText(itemType);
        value = subscript(value, part[2]);
      }
    }
    return [value, type];
  };
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === "{" && template[i + 1] === "{") {
      out += "{";
      i += 2;
    } else if (ch === "}" && template[i + 1] === "}") {
      out += "}";
      i += 2;
    } else if (ch === "}") {
      throw new ValueError("Single '}' encountered in format string");
    } else if (ch === "{") {
      const end = fieldEnd(template, i);
      out += replaceField(template.slice(i + 1, end), lookup);
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The index of the "}" closing the field that starts at `start` (nested {} are allowed inside the spec). */
export function fieldEnd(template: string, start: number): number {
  let depth = 0;
  for (let j = start; j < template.length; j++) {
    if (template[j] === "{") depth++;
    else if (template[j] === "}" && --depth === 0) return j;
  }
  if (start === template.length - 1) throw new ValueError("Single '{' encountered in format string");
  throw new ValueError(depth > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
}

/** One {field!conversion:spec}: look the value up, convert it, expand nested fields in the spec, format. */
export function replaceField(field: string, lookup: (name: string) => [unknown, string | undefined]): string {
  const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/s.exec(field) ?? ["", field, undefined, undefined];
  const [value, type] = lookup(m[1]);
  const spec = (m[3] ?? "").replace(/\{([^{}]*)\}/g, (_, inner: string) => str(lookup(inner)[0]));
  const conversion = m[2];
  if (conversion === undefined) return format(value, spec, type);
  if (conversion === "r") return format(repr(value, type), spec);
  if (conversion === "s") return format(str(value, type), spec);
  if (conversion === "a") return format(asciiRepr(repr(value, type)), spec);
  throw new ValueError(conversion === "" ? "end of string while looking for conversion specifier" : `Unknown conversion specifier ${conversion}`);
}

/** ascii(): repr with every non-ASCII character escaped. */
export function asciiRepr(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out += ch;
    else if (code < 0x100) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code < 0x10000) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += "\\U" + code.toString(16).padStart(8, "0");
  }
  return out;
}

/** value[key] inside a format field: digits index lists (and int dict keys), other text is a str key. */
export function subscript(value: unknown, key: string): unknown {
  const numeric = /^\d+$/.test(key);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (!numeric || Number(key) >= items.length) throw new IndexError("list index out of range");
    return items[Number(key)];
  }
  if (value instanceof Map) {
    const k = numeric && value.has(Number(key)) ? Number(key) : key;
    if (!value.has(k)) throw new KeyError(k);
    return value.get(k);
  }
  return (value as Record<string, unknown>)[key];
}
