/**
 * A trace of the event loop, built from the events a tracing runtime reports (src/runtime/host.ts LoopEvent):
 * one step per loop iteration with the clock, the ready queue and the timers named as a person would, every
 * task's state and the Python line where it waits, and the output so far. Pure data in, pure data out: the CLI
 * and the webview both use it.
 *
 * Where the translation runs `asyncio.gather` as plain `Promise.all` (translate/eagerStart.ts), no task exists
 * at run time: the coroutines start eagerly inside the gathering task. The runtime's waits say where they
 * happen (a JS stack), and the stack says which coroutine they run in (the eager call, or "async Promise.all
 * (index k)"), so the trace gives each coroutine the task CPython would make (Task-2 ... for the seed) and
 * shows the iterations as CPython runs them: the children start one iteration after the gather, and the
 * gathering task resumes two iterations after the last child ends (gather's done-callbacks, then its wakeup).
 * That reshaping is exact only under eagerStart's conditions (no other task runs, children cannot raise).
 */
import { traceEvents, type EntryLabel, type TraceEvent } from "./traceEvents";
import { SourcePositions, type TraceSource } from "./tracePositions";

export type { TraceEvent, TraceSource };

export type TaskStateName = "scheduled" | "running" | "waiting" | "done" | "cancelled" | "failed";

export interface TraceEntry {
  readonly text: string;
  /** The Python line it runs (where the task resumes), when known. */
  readonly line: number | null;
  /** The task it runs a step of, for the order test; null for a plain callback. */
  readonly task: string | null;
  /** A callback scheduled with call_soon / call_later / call_at, by its function's name ("" for a lambda). */
  readonly callback: string | null;
  /** A done-callback, by its function's name (the program's own or asyncio's). */
  readonly doneCallback?: string | null;
}

export interface TaskSnapshot {
  readonly id: number;
  readonly name: string;
  readonly state: TaskStateName;
  /** What it waits on, how it ended. */
  readonly detail: string;
  readonly line: number | null;
}

export interface TraceStep {
  readonly index: number;
  /** loop.time() when the iteration runs. */
  readonly time: number;
  /** The ready queue when the iteration starts, first to run first. */
  readonly ready: readonly TraceEntry[];
  /** Timers still to fire, earliest first; `due` ones run in this iteration. */
  readonly timers: readonly { readonly at: number; readonly text: string; readonly line: number | null; readonly due: boolean }[];
  /** What the iteration ran, in order (the ready queue, then the due timers). */
  readonly ran: readonly TraceEntry[];
  readonly tasks: readonly TaskSnapshot[];
  /** Characters of `LoopTrace.output` printed before this iteration. */
  readonly output: number;
  /** The Python line to show: where the first entry resumes, else where the next timer's waiter waits. */
  readonly line: number | null;
}

/** A task's state from a step on, for the timeline. */
export interface LaneSegment {
  readonly step: number;
  readonly time: number;
  readonly state: TaskStateName;
  readonly detail: string;
  readonly line: number | null;
}

export interface TraceLane {
  readonly id: number;
  readonly name: string;
  readonly segments: readonly LaneSegment[];
}

export interface LoopTrace {
  readonly steps: readonly TraceStep[];
  readonly lanes: readonly TraceLane[];
  /** Everything printed (stdout and stderr as they came). */
  readonly output: string;
  /** Set when the trace stopped recording (too many steps). */
  readonly note: string | null;
}

export const MAX_TRACE_STEPS = 10_000;

interface TaskInfo {
  readonly id: number;
  readonly name: string;
  state: TaskStateName;
  detail: string;
  line: number | null;
  readonly segments: LaneSegment[];
  /** For an eager gather child: its gatherer's id and group; it is done when a step leaves it no wait. */
  readonly gatherer: number | null;
  waiting: number;
}

interface Group {
  readonly gatherer: number;
  readonly line: number | null;
  readonly children: number[];
  /** Children that ended, in the order they ended (the order of gather's done-callbacks). */
  readonly ended: number[];
  /** Which eager gather of the program, and the run (of the gatherer) that made it. */
  readonly key: number;
  readonly run: number;
}

interface RawRun {
  readonly label: EntryLabel;
  readonly events: TraceEvent[];
  /** Set when the trace already knows whose events these are (an eager child's first step). */
  readonly owner?: number;
}

interface RawIteration {
  readonly time: number;
  readonly ready: readonly EntryLabel[];
  readonly timers: readonly { readonly deadline: number; readonly label: EntryLabel }[];
  readonly runs: RawRun[];
  /** Set for iterations the trace adds (CPython's shape of an eager gather). */
  readonly synthetic?: readonly TraceEntry[];
}

/** Build the trace of one run from its events (in the order the runtime reported them). */
export function buildTrace(events: readonly unknown[], source: TraceSource, maxSteps = MAX_TRACE_STEPS): LoopTrace {
  return new TraceBuilder(source, maxSteps).build(traceEvents(events));
}

const FIRST_VIRTUAL_ID = 1_000_000;

class TraceBuilder {
  private readonly positions: SourcePositions;
  private readonly tasks = new Map<number, TaskInfo>();
  private readonly order: number[] = [];
  /** Waits: the task (real or eager child) and where. Known once its event was applied. */
  private readonly waits = new Map<number, { task: number; what: string; line: number | null }>();
  private readonly groups: Group[] = [];
  private readonly steps: TraceStep[] = [];
  private output = "";
  /** Ids of the tasks the trace makes for eager gathers (spawn), above any id the runtime gives. */
  private nextVirtualId = FIRST_VIRTUAL_ID;
  private nextName = 1;
  private note: string | null = null;
  private time = 0;
  private runCount = 0;

  constructor(
    source: TraceSource,
    private readonly maxSteps: number,
  ) {
    this.positions = new SourcePositions(source);
  }

  build(events: readonly TraceEvent[]): LoopTrace {
    const iterations = splitIterations(events);
    // Events before the first iteration (tasks created before the loop runs).
    for (const e of iterations.before) this.apply(e, null);
    const queue = [...iterations.list];
    for (let i = 0; i < queue.length; i++) {
      if (this.steps.length >= this.maxSteps) {
        this.note = `The trace stops after ${this.maxSteps.toLocaleString("en-US")} loop steps; the program ran on (its output is complete).`;
        for (const rest of queue.slice(i)) for (const run of rest.runs) for (const e of run.events) if (e.kind === "output") this.output += e.text;
        break;
      }
      const extra = this.iteration(queue[i] as RawIteration, queue[i + 1]?.timers ?? []);
      queue.splice(i + 1, 0, ...extra);
    }
    const lanes = this.order.map((id) => {
      const t = this.tasks.get(id) as TaskInfo;
      return { id, name: t.name, segments: t.segments };
    });
    return { steps: this.steps, lanes, output: this.output, note: this.note };
  }

  /** One iteration: its snapshot, then its runs; returns the iterations CPython would run before the next one. */
  private iteration(it: RawIteration, nextTimers: RawIteration["timers"]): RawIteration[] {
    this.time = it.time;
    const known = (l: EntryLabel): boolean => (l.kind === "wake" || l.kind === "timer" ? this.waits.has(l.sid) : true);
    const ready = it.synthetic ?? it.ready.filter(known).map((l) => this.entry(l));
    // A synthetic iteration shows the timers of the next real one that exist already.
    const timerSource = it.synthetic ? nextTimers : it.timers;
    const timers = timerSource.filter((t) => known(t.label)).map((t) => ({ at: t.deadline, text: this.entry(t.label).text, line: this.entry(t.label).line, due: !it.synthetic && t.deadline <= it.time }));
    const index = this.steps.length;
    const ran: TraceEntry[] = [];
    const step: TraceStep = {
      index,
      time: it.time,
      ready,
      timers,
      ran,
      tasks: this.order.map((id) => this.snapshot(id)),
      output: this.output.length,
      line: ready[0]?.line ?? timers[0]?.line ?? null,
    };
    this.steps.push(step);
    const extra: RawIteration[] = [];
    for (const run of it.runs) {
      ran.push(it.synthetic ? (ready[ran.length] as TraceEntry) : this.entry(run.label));
      extra.push(...this.run(run));
    }
    return extra;
  }

  /** One ready entry run: its events applied, eager children split off into the iterations CPython gives them. */
  private run(run: RawRun): RawIteration[] {
    this.runCount++;
    const runner = this.runnerOf(run.label);
    if (runner !== null) this.setState(runner, "running", "", this.tasks.get(runner)?.line ?? null);
    const spawned: { child: number; events: TraceEvent[] }[] = [];
    const continuation: TraceEvent[] = [];
    const runnerInfo = runner === null ? null : this.tasks.get(runner);
    const childRun = runnerInfo?.gatherer != null;
    let spawning: { child: number; events: TraceEvent[] } | null = null;
    for (const e of run.events) {
      if (run.owner !== undefined) {
        this.apply(e, run.owner);
        continue;
      }
      const realTask = "taskId" in e ? e.taskId : null;
      const where = "stack" in e && e.stack ? this.positions.locate(e.stack) : null;
      if (childRun && runnerInfo && realTask === runnerInfo.gatherer && where?.gatherIndex == null) {
        // Not inside a Promise.all child: the gatherer going on once the last child ended (CPython: two iterations later).
        continuation.push(e);
        continue;
      }
      let owner = realTask;
      if (where?.gatherIndex != null && realTask !== null) {
        owner = this.latestGroup(realTask)?.children[where.gatherIndex] ?? realTask;
      } else if (where?.eagerGroup != null && realTask !== null) {
        // A coroutine started by an eager call: a new child when the previous one already waits.
        if (spawning === null || (this.tasks.get(spawning.child)?.waiting ?? 0) > 0 || this.pendingWait(spawning)) {
          spawning = { child: this.spawn(realTask, where.eagerGroup, where.callLine), events: [] };
          spawned.push(spawning);
        }
        owner = spawning.child;
      }
      if (spawning !== null && owner === spawning.child) {
        spawning.events.push(e);
        continue;
      }
      this.apply(e, owner);
    }
    const extra: RawIteration[] = [];
    if (spawned.length > 0) {
      const entries = spawned.map((s) => ({ text: `start ${this.name(s.child)}`, line: this.tasks.get(s.child)?.line ?? null, task: this.name(s.child), callback: null }));
      extra.push({ time: this.time, ready: [], timers: [], runs: spawned.map((s) => ({ label: { kind: "start", taskId: s.child }, events: s.events, owner: s.child })), synthetic: entries });
    }
    if (runner !== null) this.endStep(runner);
    if (runnerInfo?.gatherer != null && runnerInfo.state === "done") {
      const group = this.groups.find((g) => g.children.includes(runnerInfo.id));
      if (group && group.ended.length === group.children.length) {
        const callbacks = group.ended.map((c) => ({ text: `done-callback of ${this.name(c)} (gather)`, line: null, task: null, callback: null }));
        extra.push({ time: this.time, ready: [], timers: [], runs: callbacks.map(() => ({ label: { kind: "callback", name: "gather" }, events: [] })), synthetic: callbacks });
        const resume = { text: `resume ${this.name(group.gatherer)} at line ${group.line ?? "?"}`, line: group.line, task: this.name(group.gatherer), callback: null };
        extra.push({ time: this.time, ready: [], timers: [], runs: [{ label: { kind: "start", taskId: group.gatherer }, events: continuation }], synthetic: [resume] });
      }
    }
    return extra;
  }

  private pendingWait(s: { events: TraceEvent[] }): boolean {
    return s.events.some((e) => e.kind === "suspend");
  }

  private latestGroup(gatherer: number): Group | undefined {
    for (let i = this.groups.length - 1; i >= 0; i--) if (this.groups[i]?.gatherer === gatherer) return this.groups[i];
    return undefined;
  }

  /** A child of an eager gather: the task CPython's gather would create (named in the order they are made). */
  private spawn(gatherer: number, group: { gatherLine: number | null; key: number }, callLine: number | null): number {
    let g = this.latestGroup(gatherer);
    // One gather's coroutines are all made in one step of the gatherer.
    if (!g || g.key !== group.key || g.run !== this.runCount) {
      g = { gatherer, line: group.gatherLine, children: [], ended: [], key: group.key, run: this.runCount };
      this.groups.push(g);
    }
    const id = this.nextVirtualId++;
    this.addTask(id, `Task-${this.nextName++}`, gatherer, callLine);
    g.children.push(id);
    const names = g.children.map((c) => this.name(c));
    this.setState(gatherer, "waiting", `on gather(${names.length > 2 ? `${names[0]} … ${names[names.length - 1]}` : names.join(", ")})`, group.gatherLine);
    return id;
  }

  private addTask(id: number, name: string, gatherer: number | null, line: number | null): void {
    this.tasks.set(id, { id, name, state: "scheduled", detail: "", line, segments: [], gatherer, waiting: 0 });
    this.order.push(id);
    this.segment(id);
  }

  private runnerOf(label: EntryLabel): number | null {
    if (label.kind === "start") return label.taskId;
    if (label.kind === "wake") return this.waits.get(label.sid)?.task ?? label.taskId;
    return null;
  }

  /** After a task's step: still running means it ended (an eager child) or waits where its last wait said. */
  private endStep(id: number): void {
    const t = this.tasks.get(id);
    if (!t || t.state !== "running") return;
    if (t.gatherer !== null) {
      this.setState(id, "done", "(returned)", t.line);
      this.groups.find((g) => g.children.includes(id))?.ended.push(id);
    }
  }

  private apply(e: TraceEvent, owner: number | null): void {
    switch (e.kind) {
      case "task-created": {
        // CPython counted the tasks made for eager gathers too: the runtime's later Task-N is N + their number.
        const counted = /^Task-(\d+)$/.exec(e.name);
        const number = counted ? Number(counted[1]) + (this.nextVirtualId - FIRST_VIRTUAL_ID) : 0;
        const name = counted ? `Task-${number}` : e.name;
        this.nextName = Math.max(this.nextName, number + 1);
        const line = e.stack ? (this.positions.locate(e.stack)?.line ?? null) : null;
        this.addTask(e.taskId, name, null, line);
        return;
      }
      case "task-done": {
        const state = e.outcome === "result" ? "done" : e.outcome === "cancelled" ? "cancelled" : "failed";
        const detail = e.outcome === "exception" ? `(raised ${e.error ?? "an exception"})` : e.outcome === "result" ? "(returned)" : "";
        this.setState(e.taskId, state, detail, this.tasks.get(e.taskId)?.line ?? null);
        return;
      }
      case "suspend": {
        const task = owner ?? e.taskId;
        const line = e.stack ? (this.positions.locate(e.stack)?.line ?? null) : null;
        const known = task === null ? null : this.tasks.get(task);
        // No stack (an await of a future, seen from a microtask): the line is not known, rather than a stale one.
        const where = line ?? (e.stack ? (known?.line ?? null) : null);
        this.waits.set(e.sid, { task: task ?? -1, what: e.what, line: where });
        if (known) {
          known.waiting++;
          this.setState(known.id, "waiting", `on ${e.what}`, where);
        }
        return;
      }
      case "output":
        this.output += e.text;
        return;
      default:
        return;
    }
  }

  private setState(id: number, state: TaskStateName, detail: string, line: number | null): void {
    const t = this.tasks.get(id);
    if (!t) return;
    if (state === "running") t.waiting = 0;
    t.state = state;
    t.detail = detail;
    t.line = line;
    this.segment(id);
  }

  private segment(id: number): void {
    const t = this.tasks.get(id);
    if (!t) return;
    const step = this.steps.length - 1;
    const last = t.segments[t.segments.length - 1];
    const next = { step: Math.max(0, step), time: this.time, state: t.state, detail: t.detail, line: t.line };
    if (last && last.step === next.step && last.time === next.time) t.segments[t.segments.length - 1] = next;
    else t.segments.push(next);
  }

  private snapshot(id: number): TaskSnapshot {
    const t = this.tasks.get(id) as TaskInfo;
    return { id, name: t.name, state: t.state, detail: t.detail, line: t.line };
  }

  private name(id: number): string {
    return this.tasks.get(id)?.name ?? `task ${id}`;
  }

  /** A ready-queue entry or timer, named as a person would. */
  private entry(l: EntryLabel): TraceEntry {
    switch (l.kind) {
      case "start": {
        const t = this.tasks.get(l.taskId);
        return { text: `start ${this.name(l.taskId)}`, line: t?.line ?? null, task: this.name(l.taskId), callback: null };
      }
      case "wake": {
        const w = this.waits.get(l.sid);
        const task = w ? w.task : l.taskId;
        const name = task === null || task < 0 ? "the caller" : this.name(task);
        return { text: `resume ${name}${w?.line ? ` at line ${w.line}` : ""}`, line: w?.line ?? null, task: name, callback: null };
      }
      case "timer": {
        const w = this.waits.get(l.sid);
        const name = w && w.task >= 0 ? this.name(w.task) : "a task";
        return { text: `end ${w?.what ?? "a wait"} of ${name}${w?.line ? ` (line ${w.line})` : ""}`, line: w?.line ?? null, task: null, callback: null };
      }
      case "done-callback":
        return { text: `done-callback of ${l.of}${l.name && l.name !== "callback" ? ` (${l.name})` : ""}`, line: null, task: null, callback: null, doneCallback: l.name };
      case "callback":
        return { text: l.via ? `${l.via}(${l.name || "lambda"})` : `${l.name}()`, line: null, task: null, callback: l.via ? l.name : null };
    }
  }
}

/** The events cut at each loop-iteration, and each iteration's runs at each loop-run. */
function splitIterations(events: readonly TraceEvent[]): { before: TraceEvent[]; list: RawIteration[] } {
  const before: TraceEvent[] = [];
  const list: RawIteration[] = [];
  let run: RawRun | null = null;
  for (const e of events) {
    if (e.kind === "loop-iteration") {
      list.push({ time: e.time, ready: e.ready, timers: e.timers, runs: [] });
      run = null;
    } else if (e.kind === "loop-run") {
      const it = list[list.length - 1];
      run = { label: e.label, events: [] };
      it?.runs.push(run);
    } else if (run) {
      run.events.push(e);
    } else {
      before.push(e);
    }
  }
  return { before, list };
}
