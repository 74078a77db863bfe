import { partial, printWith } from "asyncio-ts/runtime";

const q = partial(printWith, { sep: "-" }, "x");
q("y");
