/** Python's printf-style `fmt % args` for the conversions programs use (%s %r %d %i %f %e %g %x %o %c %%, flags, width, precision, %(name)s with a dict). */
import { PyTypeError } from "./exceptions";
import { format } from "./formatSpec";
import { repr, str } from "./repr";

/** `fmt % args`: `args` is one value, a tuple's items, or a mapping for %(name)s fields. */
export function percentFormat(fmt: string, args: unknown): string {
  const positional = Array.isArray(args) ? [...(args as unknown[])] : [args];
  const mapping = args instanceof Map ? (args as Map<unknown, unknown>) : null;
  let next = 0;
  const out = fmt.replace(/%(?:\((\w+)\))?([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([sridfFeEgGxXoc%])/g, (_m, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
    if (type === "%") return "%";
    const take = (): unknown => {
      if (next >= positional.length) throw new PyTypeError("not enough arguments for format string");
      return positional[next++];
    };
    const w = width === "*" ? String(take()) : (width ?? "");
    const value = key !== undefined && mapping ? mapping.get(key) : take();
    const align = flags.includes("-") ? "<" : "";
    const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const zero = flags.includes("0") && !flags.includes("-") ? "0" : "";
    const alt = flags.includes("#") ? "#" : "";
    const prec = precision !== undefined ? `.${precision}` : "";
    switch (type) {
      case "s":
      case "r": {
        const text = type === "s" ? str(value) : repr(value);
        return format(precision !== undefined ? text.slice(0, Number(precision)) : text, `${align || ">"}${w}`);
      }
      case "c":
        return format(typeof value === "number" ? String.fromCodePoint(value) : str(value), `${align || ">"}${w}`);
      case "i":
      case "d":
        return format(Math.trunc(Number(value)), `${align}${sign}${zero}${w}d`);
      case "f":
      case "F":
      case "e":
      case "E":
      case "g":
      case "G":
        return format(Number(value), `${align}${sign}${alt}${zero}${w}${precision !== undefined ? prec : type.toLowerCase() === "g" ? "" : ".6"}${type}`);
      default:
        return format(Number(value), `${align}${sign}${alt}${zero}${w}${type}`);
    }
  });
  if (mapping === null && next < positional.length && (Array.isArray(args) || next === 0)) {
    throw new PyTypeError("not all arguments converted during string formatting");
  }
  return out;
}
