/** From a JS stack captured by the tracing runtime to the Python: the line, and which eagerly started coroutine it runs in. */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a trace needs to point back at the Python (the pipeline's TraceMap, plus the texts). */
export interface TraceSource {
  readonly python: string;
  /** The JavaScript as the host ran it, and the line (0-based) of the host's script where it begins. */
  readonly js: string;
  readonly jsLineBase: number;
  readonly jsMap: readonly { readonly py: Span; readonly out: Span }[];
  readonly programStart: number;
  readonly eagerGathers: readonly { readonly gather: Span; readonly calls: readonly Span[] }[];
}

export interface StackPlace {
  /** The Python line of the innermost frame in the program (not in the helpers). */
  readonly line: number | null;
  /** Inside the k-th coroutine of a Promise.all (V8's async frame "Promise.all (index k)"). */
  readonly gatherIndex: number | null;
  /** Inside a coroutine started by an eager call of this gather (the call's frame is on the stack). */
  readonly eagerGroup: { readonly key: number; readonly gatherLine: number | null } | null;
  readonly callLine: number | null;
}

const FRAME = /:(\d+):(\d+)\)?\s*$/;
const PROMISE_ALL = /at async Promise\.all \(index (\d+)\)/;

export class SourcePositions {
  private readonly jsLineStarts: number[] = [0];
  private readonly pyLineStarts: number[] = [0];
  /** JS spans of each eager call, with its gather's index. */
  private readonly eagerSpans: { readonly js: Span; readonly key: number; readonly callLine: number }[] = [];

  constructor(private readonly source: TraceSource) {
    for (let i = 0; i < source.js.length; i++) if (source.js.charCodeAt(i) === 10) this.jsLineStarts.push(i + 1);
    for (let i = 0; i < source.python.length; i++) if (source.python.charCodeAt(i) === 10) this.pyLineStarts.push(i + 1);
    source.eagerGathers.forEach((g, key) => {
      for (const call of g.calls) {
        for (const m of source.jsMap) if (m.py.start === call.start && m.py.end === call.end) this.eagerSpans.push({ js: m.out, key, callLine: this.pyLine(call.start) });
      }
    });
  }

  /** 1-based line of a Python offset. */
  pyLine(offset: number): number {
    let lo = 0;
    let hi = this.pyLineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.pyLineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  locate(stack: string): StackPlace {
    let line: number | null = null;
    let gatherIndex: number | null = null;
    let eagerGroup: StackPlace["eagerGroup"] = null;
    let callLine: number | null = null;
    for (const frame of stack.split("\n").slice(1)) {
      const all = PROMISE_ALL.exec(frame);
      if (all) {
        gatherIndex ??= Number(all[1]);
        continue;
      }
      const offset = this.offsetOf(frame);
      if (offset === null || offset < this.source.programStart) continue;
      line ??= this.lineAt(offset);
      if (eagerGroup === null) {
        const eager = this.eagerSpans.find((s) => s.js.start <= offset && offset < s.js.end);
        if (eager) {
          const g = this.source.eagerGathers[eager.key];
          eagerGroup = { key: eager.key, gatherLine: g ? this.pyLine(g.gather.start) : null };
          callLine = eager.callLine;
        }
      }
    }
    return { line, gatherIndex, eagerGroup, callLine };
  }

  /** Offset in the JS of a frame "at f (file:LINE:COL)", or null for frames elsewhere. */
  private offsetOf(frame: string): number | null {
    const m = FRAME.exec(frame);
    if (!m) return null;
    const line = Number(m[1]) - 1 - this.source.jsLineBase;
    const start = this.jsLineStarts[line];
    if (line < 0 || start === undefined) return null;
    const offset = start + Number(m[2]) - 1;
    return offset <= this.source.js.length ? offset : null;
  }

  /** The Python line of the innermost mapped span around a JS offset. */
  private lineAt(offset: number): number | null {
    let best: { readonly py: Span; readonly out: Span } | null = null;
    for (const m of this.source.jsMap) {
      if (m.out.start <= offset && offset < m.out.end && (!best || m.out.end - m.out.start < best.out.end - best.out.start)) best = m;
    }
    return best ? this.pyLine(best.py.start) : null;
  }
}
