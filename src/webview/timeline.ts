/// <reference lib="dom" />
/** The timeline: one lane per task, from its creation to its end, with a tick per step and a dot per print. */
import { el } from "./dom";
import type { TraceEvent } from "../shared/traceEvents";
import type { TimelineEvent } from "./workerShim";

function isTimelineEvent(e: TimelineEvent | TraceEvent): e is TimelineEvent {
  return (e.kind === "task-created" || e.kind === "task-step" || e.kind === "task-done" || e.kind === "output") && "name" in e === (e.kind !== "output");
}

interface Lane {
  readonly taskId: number;
  name: string;
  readonly created: number;
  done: number | null;
  outcome: string | null;
  readonly steps: number[];
  readonly prints: { time: number; text: string }[];
}

export class Timeline {
  private readonly lanes = new Map<number, Lane>();
  private maxTime = 0;

  add(e: TimelineEvent | TraceEvent): void {
    if (!isTimelineEvent(e)) return;
    this.maxTime = Math.max(this.maxTime, e.time);
    if (e.kind === "task-created") {
      this.lanes.set(e.taskId, { taskId: e.taskId, name: e.name, created: e.time, done: null, outcome: null, steps: [], prints: [] });
      return;
    }
    if (e.kind === "output") {
      if (e.taskId !== null) this.lanes.get(e.taskId)?.prints.push({ time: e.time, text: e.text });
      return;
    }
    const lane = this.lanes.get(e.taskId);
    if (!lane) return;
    lane.name = e.name;
    if (e.kind === "task-step") lane.steps.push(e.time);
    else {
      lane.done = e.time;
      lane.outcome = e.outcome;
    }
  }

  get size(): number {
    return this.lanes.size;
  }

  render(): HTMLElement {
    const end = this.maxTime > 0 ? this.maxTime : 1;
    const pct = (t: number): string => `${((t / end) * 100).toFixed(3)}%`;
    const rows = [...this.lanes.values()].map((lane) => {
      const stop = lane.done ?? this.maxTime;
      const bar = el("div", { className: `lane-bar outcome-${lane.outcome ?? "running"}` });
      bar.style.left = pct(lane.created);
      bar.style.width = `max(4px, calc(${pct(stop - lane.created)}))`;
      const track = el("div", { className: "lane-track" }, [bar]);
      for (const t of lane.steps) {
        const tick = el("div", { className: "lane-step" });
        tick.style.left = pct(t);
        track.append(tick);
      }
      for (const p of lane.prints) {
        const dot = el("div", { className: "lane-print", title: `${fmt(p.time)} s: ${p.text.trimEnd()}` });
        dot.style.left = pct(p.time);
        track.append(dot);
      }
      const summary = `${lane.name}: created at ${fmt(lane.created)} s, ${lane.done === null ? "still running" : `${lane.outcome} at ${fmt(lane.done)} s`}, ${lane.steps.length} step${lane.steps.length === 1 ? "" : "s"}`;
      return el("div", { className: "lane", attrs: { role: "listitem", "aria-label": summary }, title: summary }, [el("span", { className: "lane-name", text: lane.name }), track]);
    });
    const axis = el("div", { className: "lane-axis" }, [el("span", { text: "0 s" }), el("span", { text: `${fmt(this.maxTime)} s` })]);
    return el("div", { className: "timeline", attrs: { role: "list", "aria-label": "Tasks over time" } }, [...rows, axis]);
  }
}

export function fmt(t: number): string {
  return Number.isInteger(t) ? t.toFixed(1) : t.toFixed(3).replace(/0+$/, "");
}
