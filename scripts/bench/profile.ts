/** Summarises a V8 .cpuprofile: self time by function and by source area, for `npm run bench -- --profile`. */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
}

function area(url: string, root: string): string {
  const rel = url.replace(/^file:\/\//, "").replace(root + "/", "");
  if (rel === "") return "(native/V8: GC, idle, program)";
  if (rel.includes("web-tree-sitter")) return "web-tree-sitter (wasm parser + JS bindings)";
  if (rel.startsWith("node:") || rel.startsWith("internal/")) return "node internals";
  const m = /^src\/(\w+)\/(\w+)/.exec(rel);
  return m ? `src/${m[1]}/${m[2]}.ts` : rel.split("/").slice(0, 3).join("/");
}

export function summariseProfile(file: string, root: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const totalHits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, "").replace(root + "/", "")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    const a = area(url, root);
    byArea.set(a, (byArea.get(a) ?? 0) + hits);
  }
  const pct = (hits: number): string => `${((100 * hits) / totalHits).toFixed(1).padStart(5)}%`;
  const lines = [`  total ${(totalMs / 1000).toFixed(1)} s sampled; self time by area:`];
  for (const [a, hits] of [...byArea].sort((x, y) => y[1] - x[1]).slice(0, 15)) lines.push(`    ${pct(hits)}  ${a}`);
  lines.push(`  top ${top} functions by self time:`);
  for (const [f, hits] of [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, top)) lines.push(`    ${pct(hits)}  ${f}`);
  return lines.join("\n");
}
