/** `json`: dumps with Python's spacing, indent, sort_keys, separators and ensure_ascii; loads into dicts and lists. */
import * as f from "../../ts/factory";
import { descriptorArgs } from "../formatting";
import { T } from "../types";
import { bindArgs, options } from "./callForms";
import { supported, type StdlibModule } from "./module";

const dumpsOptions = ["indent", "sort_keys", "separators", "ensure_ascii", "default"] as const;

export const jsonModule: StdlibModule = {
  name: "json",
  summary: "dumps with Python's spacing and options, loads into dicts and lists",
  names: [
    supported("dumps", "`jsonDumps(obj, { indent, sort_keys, ... })`", ["jsonDumps"], "jsonModule"),
    supported("loads", "`jsonLoads(text)`", ["jsonLoads"], "jsonModule"),
    supported("JSONDecodeError", "`JSONDecodeError` (a ValueError)", ["JSONDecodeError"]),
  ],
  call: (ctx, name, e) => {
    if (name === "dumps") {
      const args = bindArgs(ctx, e, ["obj"], dumpsOptions);
      const obj = args?.get("obj");
      if (!args || !obj) return null;
      const opts = options(args, dumpsOptions);
      // The static type tells 1.0 from 1 (JS cannot): passed as a descriptor, as print does (TR3002 where it cannot).
      const typeArg = descriptorArgs(ctx, obj.value.type, obj.node);
      return { ir: ctx.callHelper("jsonDumps", [obj.value.ir, ...(opts.length > 0 || typeArg.length > 0 ? [opts[0] ?? f.object([])] : []), ...typeArg], e), type: T.str };
    }
    if (name === "loads") {
      const args = bindArgs(ctx, e, ["s"]);
      const text = args?.get("s");
      // What the document holds is known only at run time: a value of unknown type (printable as it is).
      return text ? { ir: ctx.callHelper("jsonLoads", [text.value.ir], e), type: T.unknown } : null;
    }
    return null;
  },
  value: (ctx, name) => (name === "JSONDecodeError" ? { ir: ctx.helper("JSONDecodeError"), type: { t: "exceptionClass", name: "JSONDecodeError" } } : null),
};
