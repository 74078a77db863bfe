/** `statistics`: mean (exact, an int for ints that divide evenly), fmean, median (a float for an even count), median_low/high, mode, and variance/pvariance/stdev/pstdev (exact sums of squares, rounded once). */
import { nameTable } from "../../core/nameTable";
import * as f from "../../ts/factory";
import { T, elementOf, type PyType } from "../types";
import { bindArgs } from "./callForms";
import { supported, type StdlibModule } from "./module";

const helpers: Readonly<Record<string, string>> = nameTable({
  mean: "statsMean",
  fmean: "statsFmean",
  median: "statsMedian",
  median_low: "statsMedianLow",
  median_high: "statsMedianHigh",
  mode: "statsMode",
  variance: "statsVariance",
  pvariance: "statsPvariance",
  stdev: "statsStdev",
  pstdev: "statsPstdev",
});

/** Those whose result is an int for int data that divide evenly: the static type of the data is passed to them. */
const exactForInts = new Set(["mean", "variance", "pvariance"]);

/** What the function gives for data of this element type: ints may come back as floats (mean, median, variance). */
function resultOf(name: string, elem: PyType): PyType {
  if (name === "fmean" || name === "stdev" || name === "pstdev") return T.float;
  if (name === "mode" || name === "median_low" || name === "median_high") return elem;
  // An int or a float: the runtime keeps a float result as one (pyFloat), so printing it needs no static kind.
  return elem.t === "float" ? T.float : T.unknown;
}

export const statisticsModule: StdlibModule = {
  name: "statistics",
  summary: "mean, fmean, median, median_low, median_high, mode, variance, pvariance, stdev and pstdev, exact as CPython's",
  names: [...Object.entries(helpers).map(([name, helper]) => supported(name, `\`${helper}(data)\``, [helper], "statisticsModule")), supported("StatisticsError", "`StatisticsError` (a ValueError)", ["StatisticsError"])],
  call: (ctx, name, e) => {
    const helper = helpers[name];
    if (!helper) return null;
    const args = bindArgs(ctx, e, ["data"]);
    const data = args?.get("data");
    if (!data) return null;
    const elem = elementOf(data.value.type);
    // JS cannot tell 2.0 from 2: the static type says whether the data are floats.
    const kind = exactForInts.has(name) && (elem.t === "float" || elem.t === "int") ? [f.str(elem.t)] : [];
    return { ir: ctx.callHelper(helper, [data.value.ir, ...kind], e), type: resultOf(name, elem) };
  },
  value: (ctx, name) => (name === "StatisticsError" ? { ir: ctx.helper("StatisticsError"), type: { t: "exceptionClass", name: "StatisticsError" } } : null),
};
