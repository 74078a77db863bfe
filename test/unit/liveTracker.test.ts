/** Live translation's tracked lines: edits move, grow, shrink or end them (src/extension/liveTracker.ts). */
import assert from "node:assert/strict";
import fc from "fast-check";
import { trackRange, widenToLines, type TextChange, type TrackedRange } from "../../src/extension/liveTracker";

const doc = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print(1)\n\nasyncio.run(main())\n";
const start = doc.indexOf("async def");
const end = doc.indexOf("\nasyncio.run");
const range: TrackedRange = { start, end };

/** The document after `changes`, applied in order as VS Code does. */
function apply(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

function moved(text: string, r: TrackedRange, changes: readonly TextChange[], whole = false): { text: string; touched: boolean } {
  const result = trackRange(r, changes, text.length, whole);
  assert.equal(result.kind, "moved", JSON.stringify(result));
  if (result.kind !== "moved") throw new Error("unreachable");
  const after = apply(text, changes);
  return { text: after.slice(result.range.start, result.range.end), touched: result.touched };
}

const insert = (at: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: 0, text });
const remove = (from: number, to: number): TextChange => ({ rangeOffset: from, rangeLength: to - from, text: "" });

describe("live translation: tracking the translated lines", () => {
  it("typing inside the lines grows them and says they changed", () => {
    const at = doc.indexOf("print(1)") + "print(".length;
    const r = moved(doc, range, [insert(at, "2 + ")]);
    assert.equal(r.text, "async def main():\n    await asyncio.sleep(1)\n    print(2 + 1)\n");
    assert.equal(r.touched, true);
  });

  it("deleting inside the lines shrinks them", () => {
    const from = doc.indexOf("    print(1)\n");
    const r = moved(doc, range, [remove(from, from + "    print(1)\n".length)]);
    assert.equal(r.text, "async def main():\n    await asyncio.sleep(1)\n");
    assert.equal(r.touched, true);
  });

  it("lines added above move them without changing them", () => {
    const r = moved(doc, range, [insert(doc.indexOf("\nasync def"), "\nimport time\n")]);
    assert.equal(r.text, doc.slice(start, end));
    assert.equal(r.touched, false);
  });

  it("edits below leave them as they are, typing on the next line included", () => {
    const r = moved(doc, range, [insert(end, "# after\n"), remove(doc.length - 5, doc.length - 1)]);
    assert.equal(r.text, doc.slice(start, end));
    assert.equal(r.touched, false);
  });

  it("typing at the start of the first line belongs to the lines", () => {
    const r = moved(doc, range, [insert(start, "# live\n")]);
    assert.equal(r.text, "# live\n" + doc.slice(start, end));
    assert.equal(r.touched, true);
  });

  it("typing at the end belongs to the lines only at the end of the document", () => {
    const last: TrackedRange = { start: doc.indexOf("asyncio.run"), end: doc.length };
    const r = moved(doc, last, [insert(doc.length, "print('done')\n")]);
    assert.equal(r.text, "asyncio.run(main())\nprint('done')\n");
    assert.equal(r.touched, true);
  });

  it("a deletion from above into the lines keeps what is left of them", () => {
    const to = doc.indexOf("    await");
    const r = moved(doc, range, [remove(doc.indexOf("\n\nasync"), to)]);
    assert.equal(r.text, "    await asyncio.sleep(1)\n    print(1)\n");
    assert.equal(r.touched, true);
  });

  it("several changes of one event apply in order (multi-cursor edits come last to first)", () => {
    const a = doc.indexOf("print(1)") + "print(".length;
    const b = doc.indexOf("sleep(1)") + "sleep(".length;
    const r = moved(doc, range, [insert(a, "9"), insert(b, "0.5 + "), insert(0, "# top\n")]);
    assert.equal(r.text, "async def main():\n    await asyncio.sleep(0.5 + 1)\n    print(91)\n");
  });

  it("deleting all the lines ends live mode", () => {
    assert.deepEqual(trackRange(range, [remove(start, end)], doc.length), { kind: "ended", reason: "the translated lines were deleted" });
    assert.equal(trackRange(range, [remove(0, doc.length)], doc.length).kind, "ended");
    // Replaced as a whole (select them and paste): the code that was followed is gone.
    assert.equal(trackRange(range, [{ rangeOffset: start - 1, rangeLength: end - start + 2, text: "x = 1\n" }], doc.length).kind, "ended");
  });

  it("deleting them piece by piece ends it when nothing is left", () => {
    const half = start + 10;
    const first = trackRange(range, [remove(start, half)], doc.length);
    assert.equal(first.kind, "moved");
    if (first.kind !== "moved") return;
    assert.equal(trackRange(first.range, [remove(first.range.start, first.range.end)], doc.length - 10).kind, "ended");
  });

  it("whole-file mode follows the whole document and ends when it is empty", () => {
    const whole: TrackedRange = { start: 0, end: doc.length };
    const r = moved(doc, whole, [insert(0, "# top\n"), insert(doc.length + 6, "# end\n")], true);
    assert.equal(r.text, "# top\n" + doc + "# end\n");
    assert.equal(r.touched, true);
    assert.deepEqual(trackRange(whole, [remove(0, doc.length)], doc.length, true), { kind: "ended", reason: "the document is empty" });
  });

  it("edits outside never change the lines' text (property)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), (above, p, q, text) => {
        // A random edit wholly above the lines (ending before their start) or below (starting past their end).
        const [lo, hi] = above ? [0, start - 1] : [end + 1, doc.length];
        const a = lo + (p % (hi - lo + 1));
        const b = a + (q % (hi - a + 1));
        const r = moved(doc, range, [{ rangeOffset: a, rangeLength: b - a, text }]);
        return r.text === doc.slice(start, end) && !r.touched;
      }),
    );
  });

  it("widens a range to whole lines", () => {
    assert.deepEqual(widenToLines(doc, { start: start + 3, end: end - 2 }), { start, end });
    assert.deepEqual(widenToLines(doc, { start, end: end + 1 }), { start, end: end + 1 });
    const text = "a\nb";
    assert.deepEqual(widenToLines(text, { start: 2, end: 3 }), { start: 2, end: 3 });
    assert.deepEqual(widenToLines(text, { start: 1, end: 1 }), { start: 0, end: 2 });
  });
});
