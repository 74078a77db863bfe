/** The runtime's events as a trace reads them (the shape of src/runtime/host.ts LoopEvent, restated: shared/ imports nothing). */

export type EntryLabel =
  | { readonly kind: "start"; readonly taskId: number }
  | { readonly kind: "wake"; readonly taskId: number | null; readonly sid: number }
  | { readonly kind: "timer"; readonly sid: number }
  | { readonly kind: "done-callback"; readonly of: string; readonly name: string }
  | { readonly kind: "callback"; readonly name: string; readonly via?: "call_soon" | "call_later" | "call_at" };

export type TraceEvent =
  | { readonly kind: "task-created"; readonly taskId: number; readonly name: string; readonly time: number; readonly stack?: string }
  | { readonly kind: "task-step"; readonly taskId: number; readonly time: number }
  | { readonly kind: "task-done"; readonly taskId: number; readonly time: number; readonly outcome: "result" | "exception" | "cancelled"; readonly error?: string }
  | { readonly kind: "output"; readonly text: string; readonly taskId: number | null; readonly stack?: string }
  | { readonly kind: "loop-iteration"; readonly time: number; readonly ready: readonly EntryLabel[]; readonly timers: readonly { readonly deadline: number; readonly label: EntryLabel }[] }
  | { readonly kind: "loop-run"; readonly time: number; readonly label: EntryLabel }
  | { readonly kind: "suspend"; readonly sid: number; readonly taskId: number | null; readonly what: string; readonly stack: string };

const kinds = new Set(["task-created", "task-step", "task-done", "output", "loop-iteration", "loop-run", "suspend"]);

/** The events a trace uses, from whatever the host received (a worker's messages are not typed). */
export function traceEvents(events: readonly unknown[]): TraceEvent[] {
  return events.filter((e): e is TraceEvent => typeof e === "object" && e !== null && kinds.has(String((e as { kind?: unknown }).kind)));
}
