/** Selections: widened lines are dedented, offsets map back to the document, the file's imports are added. */
import assert from "node:assert/strict";
import { dedent, importedNames, lineColumn, snippetFromSelection, topLevelImports, wrapInCoroutine } from "../../src/extension/selection";

describe("selection: dedent and offset mapping", () => {
  it("removes the common indentation and maps offsets back", () => {
    const doc = "async def main():\n    x = 1\n    if x:\n        await f()\n";
    const start = doc.indexOf("    x");
    const selected = doc.slice(start);
    const d = dedent(selected, start);
    assert.equal(d.text, "x = 1\nif x:\n    await f()\n");
    const awaitAt = d.text.indexOf("await");
    assert.equal(d.toDocument(awaitAt), doc.indexOf("await"));
    assert.equal(d.toDocument(0), doc.indexOf("x = 1"));
  });

  it("keeps blank lines that are indented less", () => {
    const d = dedent("    a = 1\n\n  \n    b = 2\n", 10);
    assert.equal(d.text, "a = 1\n\n\nb = 2\n");
    assert.equal(d.toDocument(d.text.indexOf("b")), 10 + "    a = 1\n\n  \n    ".length);
  });

  it("leaves unindented text alone", () => {
    const d = dedent("import asyncio\nasyncio.run(main())\n");
    assert.equal(d.text, "import asyncio\nasyncio.run(main())\n");
    assert.equal(d.toDocument(5), 5);
  });

  it("handles tabs and CRLF", () => {
    const d = dedent("\tx = 1\r\n\ty = 2\r\n", 3);
    assert.equal(d.text, "x = 1\r\ny = 2\r\n");
    assert.equal(d.toDocument(d.text.indexOf("y")), 3 + "\tx = 1\r\n\t".length);
  });
});

describe("selection: the file's imports", () => {
  const file = "import asyncio\nimport random as rnd\nfrom time import (\n    perf_counter,\n    sleep as nap,\n)\nimport os\n\nasync def work():\n    await asyncio.sleep(rnd.random())\n    print(perf_counter())\n";

  it("finds top-level imports, including bracketed ones", () => {
    assert.deepEqual(topLevelImports(file), ["import asyncio", "import random as rnd", "from time import (\n    perf_counter,\n    sleep as nap,\n)", "import os"]);
    assert.deepEqual(importedNames("from time import (\n    perf_counter,\n    sleep as nap,\n)"), ["perf_counter", "nap"]);
    assert.deepEqual(importedNames("import a.b, c as d"), ["a", "d"]);
  });

  it("puts the imports the selection uses in front of it, and maps offsets past them", () => {
    const start = file.indexOf("    await");
    const selected = file.slice(start);
    const s = snippetFromSelection(selected, start, file);
    assert.deepEqual(s.addedImports, ["import asyncio", "import random as rnd", "from time import (\n    perf_counter,\n    sleep as nap,\n)"]);
    assert.ok(s.source.endsWith("await asyncio.sleep(rnd.random())\nprint(perf_counter())\n"));
    const printAt = s.source.indexOf("print");
    assert.equal(s.toDocument(printAt), file.indexOf("print"));
    assert.equal(s.toDocument(0), start, "offsets inside the added imports point at the selection");
    const where = lineColumn(file, s.toDocument(printAt));
    assert.deepEqual(where, { line: 11, column: 5 });
  });

  it("adds nothing for the whole file or when the selection imports for itself", () => {
    assert.equal(snippetFromSelection(file, 0, file).prefixLength, 0);
    const own = "import asyncio\nasyncio.run(main())\n";
    const s = snippetFromSelection(own, file.length, file + own);
    assert.deepEqual(s.addedImports, []);
  });
});

describe("selection: lines from inside a coroutine", () => {
  it("are wrapped in a coroutine run by asyncio.run, with offsets still mapped", () => {
    const file = "import asyncio\n\nasync def main():\n    x = 1\n    await asyncio.sleep(x)\n    print(x)\n";
    const start = file.indexOf("    x = 1");
    const s = wrapInCoroutine(snippetFromSelection(file.slice(start), start, file));
    assert.equal(s.source, "import asyncio\n\nasync def selection_body():\n    x = 1\n    await asyncio.sleep(x)\n    print(x)\n\n\nasyncio.run(selection_body())\n");
    assert.equal(s.toDocument(s.source.indexOf("await")), file.indexOf("await"));
    assert.equal(s.toDocument(s.source.indexOf("print")), file.indexOf("print"));
    assert.equal(s.toDocument(s.source.indexOf("asyncio.run")), file.indexOf("x = 1"));
  });
});
