/** `inspect`: the type tests asyncio lessons use to show what `async def` makes, answered from static types. */
import { staticTypeTest, typeTests } from "../typeTests";
import { supported, type StdlibModule } from "./module";

export const inspectModule: StdlibModule = {
  name: "inspect",
  summary: "iscoroutine, iscoroutinefunction, isgenerator, isawaitable...: answered from the static type",
  names: Object.keys(typeTests).map((name) => supported(name, "`true` or `false`, from the value's static type (a coroutine is a function at run time)")),
  call: (ctx, name, e) => staticTypeTest(ctx, "inspect", name, e),
};
