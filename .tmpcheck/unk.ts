import {
  ZeroDivisionError,
  getItem,
  jsonLoads,
  print,
  pyFloorDiv,
  pyMod,
  pyMul,
  pySub,
  pyTrueDiv,
  str,
} from "asyncio-ts/runtime";

const x = getItem(jsonLoads("[3]"), 0);
print(pyMod(x, 2), pyMul(x, 2), pySub(x, 1), pyFloorDiv(x, 2), str(pyTrueDiv(x, 2), "float"));
const y = getItem(jsonLoads("[3.5]"), 0);
print(pyMod(y, 2), pyFloorDiv(y, 1));
try {
  print(pyMod(y, 0));
} catch (e: unknown) {
  if (!(e instanceof ZeroDivisionError)) throw e;
  print(e);
}
try {
  print(pyFloorDiv(x, 0));
} catch (e: unknown) {
  if (!(e instanceof ZeroDivisionError)) throw e;
  print(e);
}
