/** Hands out the module's comments to the statements they stand before or beside. */
import { LineMap } from "../core/lineMap";
import type * as py from "../python/ast";

export class CommentQueue {
  private next = 0;
  private readonly lines: LineMap;

  constructor(
    private readonly comments: readonly py.Comment[],
    source: string,
  ) {
    this.lines = new LineMap(source);
  }

  /** Comment texts (without `#`) that start before `offset`. */
  takeBefore(offset: number): string[] {
    const out: string[] = [];
    while (this.next < this.comments.length && this.comments[this.next]!.start < offset) {
      out.push(strip(this.comments[this.next]!.text));
      this.next++;
    }
    return out;
  }

  /** A comment on the same line where a simple statement ends (`x = 1  # why`). */
  takeTrailing(stmtEnd: number): string | undefined {
    const c = this.comments[this.next];
    if (!c || this.lines.position(c.start).line !== this.lines.position(stmtEnd).line) return undefined;
    this.next++;
    return strip(c.text);
  }
}

function strip(text: string): string {
  return text.replace(/^#\s?/, "").trimEnd();
}
