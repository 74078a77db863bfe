import { floorDiv, iterGroupBy, print, pyCompare } from "asyncio-ts/runtime";

for (const [k, g] of iterGroupBy([1, 2, 3, 4, 5, 6], (x) => floorDiv(x, 3))) {
  print(k, [...g]);
}
for (const [k, g] of iterGroupBy([1, 2, 3, 4], (x) => x * 0)) {
  print(k, [...g]);
}
for (const [k, g] of iterGroupBy([1, 2, 3, 4], (x) => pyCompare(x, 2, ">") > 0)) {
  print(k, [...g]);
}
