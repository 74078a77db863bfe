/// <reference lib="dom" />
/**
 * The loop stepper: Step back, Step forward, Restart and a "Loop step" slider over the trace's steps. Each step
 * shows the clock, the ready queue, the timers, the tasks with their states and the output so far, and tells
 * the panel which Python line to highlight (the panel maps it to the TypeScript). Steps are precomputed, so
 * moving is only a re-render of one step.
 */
import type { LoopTrace, TraceStep } from "../shared/loopTrace";
import { button, el } from "./dom";
import { fmt } from "./timeline";

export class Stepper {
  readonly element: HTMLElement;
  private index = 0;
  private readonly slider: HTMLInputElement;
  private readonly position: HTMLElement;
  private readonly view: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly forward: HTMLButtonElement;

  constructor(
    private readonly trace: LoopTrace,
    private readonly onLine: (line: number | null) => void,
  ) {
    const last = Math.max(0, trace.steps.length - 1);
    this.back = button("Step back", () => this.go(this.index - 1), { id: "step-back", title: "Step back (the previous loop iteration)" });
    this.forward = button("Step forward", () => this.go(this.index + 1), { id: "step-forward", title: "Step forward (the next loop iteration)" });
    const restart = button("Restart", () => this.go(0), { id: "step-restart", title: "Back to the first loop iteration" });
    this.slider = el("input", { attrs: { type: "range", id: "loop-step", min: "1", max: String(last + 1), step: "1", value: "1", "aria-label": "Loop step" } });
    this.slider.addEventListener("input", () => this.go(Number(this.slider.value) - 1));
    this.position = el("span", { className: "step-position", attrs: { id: "step-position" } });
    this.view = el("div", { className: "step-view", attrs: { id: "step-view", "aria-live": "polite" } });
    const note = trace.note ? el("p", { className: "muted", text: trace.note }) : null;
    this.element = el("section", { className: "stepper", attrs: { "aria-label": "The event loop, step by step" } }, [
      el("h2", { text: "The event loop, step by step" }),
      el("div", { className: "stepper-controls", attrs: { role: "group", "aria-label": "Stepper controls" } }, [this.back, this.forward, restart, this.slider, this.position]),
      note,
      this.view,
    ]);
    this.go(0);
  }

  get current(): number {
    return this.index;
  }

  /** Show step `i` (clamped to the trace). */
  go(i: number): void {
    const steps = this.trace.steps;
    if (steps.length === 0) {
      this.view.replaceChildren(el("p", { className: "muted", text: "The loop never ran." }));
      return;
    }
    this.index = Math.min(Math.max(0, i), steps.length - 1);
    const step = steps[this.index] as TraceStep;
    this.slider.value = String(this.index + 1);
    this.slider.setAttribute("aria-valuetext", `step ${this.index + 1} of ${steps.length}, clock ${fmt(step.time)} s`);
    this.position.textContent = `Step ${this.index + 1} of ${steps.length}`;
    this.back.disabled = this.index === 0;
    this.forward.disabled = this.index === steps.length - 1;
    this.view.replaceChildren(...this.render(step));
    this.onLine(step.line);
  }

  private render(step: TraceStep): HTMLElement[] {
    const list = (className: string, items: string[], empty: string): HTMLElement =>
      items.length ? el("ol", { className }, items.map((t) => el("li", { text: t }))) : el("p", { className: `${className} muted`, text: empty });
    const timers = step.timers.map((t) => `${fmt(t.at)} s${t.due ? " (due now)" : ""}: ${t.text}`);
    const tasks = step.tasks.map((t) => `${t.name}: ${t.state}${t.detail ? ` ${t.detail}` : ""}${t.line === null ? "" : ` · line ${t.line}`}`);
    const output = this.trace.output.slice(0, step.output);
    return [
      el("p", { className: "step-clock", attrs: { id: "step-clock" }, text: `Clock: ${fmt(step.time)} s${step.line === null ? "" : ` · Python line ${step.line}`}` }),
      el("div", { className: "step-grid" }, [
        el("div", {}, [el("h3", { text: "Ready queue (runs first to last)" }), list("step-ready", step.ready.map((e) => e.text), "(empty)")]),
        el("div", {}, [el("h3", { text: "Timers" }), list("step-timers", timers, "(none)")]),
        el("div", {}, [el("h3", { text: "Tasks" }), list("step-tasks", tasks, "(none yet)")]),
        el("div", {}, [el("h3", { text: "Output so far" }), el("pre", { className: "step-output", text: output || "(nothing yet)" })]),
      ]),
    ];
  }
}
