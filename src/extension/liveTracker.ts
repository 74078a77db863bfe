/**
 * Where the live-translated lines are after edits (pure: no `vscode`, unit-tested). The tracked range is a pair of
 * document offsets; each edit of a TextDocumentChangeEvent is applied in order (VS Code's contentChanges are
 * relative to the document as the previous change left it), moving the range, growing or shrinking it, or
 * ending it when its text is gone.
 */

export interface TrackedRange {
  readonly start: number;
  readonly end: number;
}

/** One edit as TextDocumentContentChangeEvent gives it: `rangeLength` characters at `rangeOffset` replaced by `text`. */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export type TrackResult =
  | { readonly kind: "moved"; readonly range: TrackedRange; readonly touched: boolean }
  | { readonly kind: "ended"; readonly reason: string };

/**
 * Applies `changes` to `range` in a document of `documentLength` characters (before the changes). `touched` is true
 * when an edit changed text inside the range (or typed at its start, or at its end when that is the document's
 * end). In `whole` mode the range is always the whole document, and it ends only when the document becomes empty.
 */
export function trackRange(range: TrackedRange, changes: readonly TextChange[], documentLength: number, whole = false): TrackResult {
  let { start, end } = range;
  let length = documentLength;
  let touched = false;
  for (const change of changes) {
    const from = change.rangeOffset;
    const to = change.rangeOffset + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    length += delta;
    if (whole) {
      touched = true;
      start = 0;
      end = length;
      continue;
    }
    const atEnd = end === length - delta;
    if (to < start || (to === start && (change.rangeLength > 0 || from < start))) {
      // Before the range (an insertion at its very start belongs to it: see below).
      start += delta;
      end += delta;
    } else if (from > end || (from === end && !(change.rangeLength === 0 && atEnd))) {
      // After the range: it stays. (Typing at its end extends it only at the document's end: the range's lines
      // end with their newline, so its end is otherwise the start of the next line.)
    } else if (from <= start && to >= end && change.rangeLength > 0) {
      return { kind: "ended", reason: "the translated lines were deleted" };
    } else {
      // Inside, or across one of its ends: the range keeps what is left of it and the new text.
      touched = true;
      const newStart = Math.min(start, from);
      const newEnd = Math.max(end, to) + delta;
      start = newStart;
      end = newEnd;
    }
  }
  if (whole && length === 0) return { kind: "ended", reason: "the document is empty" };
  if (!whole && start >= end) return { kind: "ended", reason: "the translated lines were deleted" };
  return { kind: "moved", range: { start, end }, touched };
}

/** The range widened to whole lines of `text`: from the start of its first line to past the newline of its last. */
export function widenToLines(text: string, range: TrackedRange): TrackedRange {
  const start = text.lastIndexOf("\n", range.start - 1) + 1;
  let end = range.end;
  if (end > start && text[end - 1] !== "\n") {
    const newline = text.indexOf("\n", end);
    end = newline === -1 ? text.length : newline + 1;
  }
  return { start, end: Math.max(start, Math.min(end, text.length)) };
}
