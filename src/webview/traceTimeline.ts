/// <reference lib="dom" />
/**
 * The timeline drawn from a loop trace: one lane per task (gather's children too), coloured by state over time
 * (running, waiting, done, cancelled, failed). Each piece says what happened and at which line when hovered or
 * focused, and clicking it moves the stepper to the step where it began.
 */
import type { LoopTrace, TraceLane } from "../shared/loopTrace";
import { el } from "./dom";
import { fmt } from "./timeline";

export function renderTraceTimeline(trace: LoopTrace, jump: (step: number) => void): HTMLElement {
  const last = trace.steps[trace.steps.length - 1];
  const end = last && last.time > 0 ? last.time : 0;
  // With no time passing (no sleeps), spread the lanes over the steps instead.
  const byTime = end > 0;
  const span = byTime ? end : Math.max(1, trace.steps.length - 1);
  const x = (time: number, step: number): number => ((byTime ? time : step) / span) * 100;
  const rows = trace.lanes.map((lane) => laneRow(lane, x, end, trace.steps.length - 1, jump));
  const axis = el("div", { className: "lane-axis" }, [el("span", { text: byTime ? "0 s" : "step 1" }), el("span", { text: byTime ? `${fmt(end)} s` : `step ${trace.steps.length}` })]);
  return el("div", { className: "timeline", attrs: { role: "list", "aria-label": "Tasks over time" } }, [...rows, axis]);
}

function laneRow(lane: TraceLane, x: (time: number, step: number) => number, endTime: number, endStep: number, jump: (step: number) => void): HTMLElement {
  const track = el("div", { className: "lane-track" });
  lane.segments.forEach((seg, i) => {
    const next = lane.segments[i + 1];
    const finished = seg.state === "done" || seg.state === "cancelled" || seg.state === "failed";
    const from = x(seg.time, seg.step);
    const to = finished ? from : next ? x(next.time, next.step) : x(endTime, endStep);
    const what = `${lane.name} ${seg.state}${seg.detail ? ` ${seg.detail}` : ""}${seg.line === null ? "" : ` at line ${seg.line}`}, from ${fmt(seg.time)} s (step ${seg.step + 1})`;
    const piece = el("button", { className: `lane-seg state-${seg.state}`, title: what, attrs: { type: "button", "aria-label": what, "data-step": String(seg.step), "data-from": String(seg.time) } });
    piece.style.left = `${from.toFixed(3)}%`;
    piece.style.width = finished ? "6px" : `max(4px, ${(to - from).toFixed(3)}%)`;
    piece.addEventListener("click", () => jump(seg.step));
    track.append(piece);
  });
  const lastSeg = lane.segments[lane.segments.length - 1];
  const summary = `${lane.name}: ${lastSeg ? `${lastSeg.state}${lastSeg.detail ? ` ${lastSeg.detail}` : ""}` : "no steps"}`;
  return el("div", { className: "lane", attrs: { role: "listitem", "aria-label": summary, "data-task": lane.name } }, [el("span", { className: "lane-name", text: lane.name }), track]);
}
