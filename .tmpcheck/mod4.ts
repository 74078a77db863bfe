import { iterGroupBy, print, pyMod, pyMul, pySub, sorted } from "asyncio-ts/runtime";

function p(x: unknown): number {
  return pyMod(x, 3);
}

function q(x: unknown): number {
  return pySub(pyMul(x, 2), 1);
}

print(sorted([5, 4, 3], { key: p }));
print(sorted([5, 4, 3], { key: q }));
for (const [k, g] of iterGroupBy([1, 3, 2], q)) {
  print(k, [...g]);
}
