/** Python's slice assignment `xs[a:b] = values` (no step): replaces that part of the list in place, growing or shrinking it. */

/** `xs[start:stop] = values`, with Python's clamping of negative and missing bounds. */
export function setSlice<T>(list: T[], start: number | null, stop: number | null, values: Iterable<T>): void {
  const n = list.length;
  const clamp = (i: number | null, fallback: number): number => {
    if (i === null) return fallback;
    const j = i < 0 ? i + n : i;
    return Math.min(Math.max(j, 0), n);
  };
  const from = clamp(start, 0);
  const to = Math.max(from, clamp(stop, n));
  list.splice(from, to - from, ...values);
}
