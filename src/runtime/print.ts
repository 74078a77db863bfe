/** Python's print(): str() of each value, joined by sep (" "), followed by end ("\n"), to stdout or stderr. */
import { hostWrite } from "./host";
import { str } from "./repr";

/** print(a, b, ...): values that need a static type (a float that happens to be whole) arrive already as str(x, "float"). */
export function print(...values: unknown[]): void {
  hostWrite("stdout", values.map((v) => str(v)).join(" ") + "\n");
}

/** print(..., sep=..., end=..., file=sys.stderr); None for sep or end means the default, as in Python. */
export function printWith(
  options: { sep?: string | null; end?: string | null; file?: "stdout" | "stderr" },
  ...values: unknown[]
): void {
  const sep = options.sep ?? " ";
  const end = options.end ?? "\n";
  hostWrite(options.file ?? "stdout", values.map((v) => str(v)).join(sep) + end);
}
