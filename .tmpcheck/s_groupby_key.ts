import { getItem, iterGroupBy, mod, print, pyEquals, pyMod } from "asyncio-ts/runtime";

function parity(x: unknown): number {
  return pyMod(x, 2);
}

for (const [k, g] of iterGroupBy([1, 3, 2, 4, 5], parity)) {
  print(k, [...g]);
}
for (const [k, g] of iterGroupBy([1, 2, 3, 4, 5], (x) => pyEquals(mod(x, 2), 0))) {
  print(k, [...g]);
}
for (const [k, g] of iterGroupBy(["aa", "ab", "b"], (s) => getItem(s, 0))) {
  print(k, [...g]);
}
