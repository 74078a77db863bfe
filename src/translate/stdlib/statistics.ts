/** `statistics`: mean (exact, an int for ints that divide evenly), fmean, median (a float for an even count), median_low/high, mode. */
import * as f from "../../ts/factory";
import { T, elementOf, join, type PyType } from "../types";
import { bindArgs } from "./callForms";
import { supported, type StdlibModule } from "./module";

const helpers: Readonly<Record<string, string>> = { mean: "statsMean", fmean: "statsFmean", median: "statsMedian", median_low: "statsMedianLow", median_high: "statsMedianHigh", mode: "statsMode" };

/** What the function gives for data of this element type: ints may come back as floats (mean, median). */
function resultOf(name: string, elem: PyType): PyType {
  if (name === "fmean") return T.float;
  if (name === "mode" || name === "median_low" || name === "median_high") return elem;
  return elem.t === "float" ? T.float : join(T.int, T.float);
}

export const statisticsModule: StdlibModule = {
  name: "statistics",
  summary: "mean, fmean, median, median_low, median_high and mode, exact as CPython's",
  names: [...Object.entries(helpers).map(([name, helper]) => supported(name, `\`${helper}(data)\``, [helper], "statisticsModule")), supported("StatisticsError", "`StatisticsError` (a ValueError)", ["StatisticsError"])],
  call: (ctx, name, e) => {
    const helper = helpers[name];
    if (!helper) return null;
    const args = bindArgs(ctx, e, ["data"]);
    const data = args?.get("data");
    if (!data) return null;
    const elem = elementOf(data.value.type);
    // JS cannot tell 2.0 from 2: the static type says whether the data are floats.
    const kind = name === "mean" && (elem.t === "float" || elem.t === "int") ? [f.str(elem.t)] : [];
    return { ir: ctx.callHelper(helper, [data.value.ir, ...kind], e), type: resultOf(name, elem) };
  },
  value: (ctx, name) => (name === "StatisticsError" ? { ir: ctx.helper("StatisticsError"), type: { t: "exceptionClass", name: "StatisticsError" } } : null),
};
