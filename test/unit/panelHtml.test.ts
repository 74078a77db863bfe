/** The panel's HTML: strict CSP, the script only by nonce, no inline code, no user text. */
import assert from "node:assert/strict";
import { contentSecurityPolicy, panelHtml } from "../../src/extension/panelHtml";
import { isFromWebview, isToWebview } from "../../src/shared/protocol";
import { tokenize } from "../../src/webview/highlight";
import { workerSource } from "../../src/webview/workerShim";

describe("panel HTML and protocol", () => {
  const html = panelHtml({ cspSource: "https://example.vscode-cdn.net", scriptUri: "https://x/dist/webview.js", styleUri: "https://x/media/panel.css", nonce: "abc123" });

  it("has a strict Content-Security-Policy", () => {
    // The whole string: a widened source added anywhere (`script-src 'nonce-...' https:`) must fail.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
    assert.equal(
      csp,
      "default-src 'none'; style-src https://example.vscode-cdn.net; font-src https://example.vscode-cdn.net; " +
        "img-src https://example.vscode-cdn.net data:; script-src 'nonce-abc123'; worker-src blob:",
    );
    assert.equal(contentSecurityPolicy("S", "N"), "default-src 'none'; style-src S; font-src S; img-src S data:; script-src 'nonce-N'; worker-src blob:");
  });

  it("loads exactly one script, by nonce, and has no inline handlers or styles", () => {
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0] ?? "", /nonce="abc123" src="https:\/\/x\/dist\/webview.js"/);
    assert.doesNotMatch(html, /\son\w+=|style="/);
  });

  it("fresh nonces differ", () => {
    const n1 = /nonce="([^"]+)"/.exec(panelHtml({ cspSource: "s", scriptUri: "a", styleUri: "b" }))?.[1];
    const n2 = /nonce="([^"]+)"/.exec(panelHtml({ cspSource: "s", scriptUri: "a", styleUri: "b" }))?.[1];
    assert.ok(n1 && n2 && n1 !== n2 && n1.length >= 16);
  });

  it("accepts only known webview messages, checked by their whole shape", () => {
    assert.equal(isFromWebview({ type: "compare" }), true);
    assert.equal(isFromWebview({ type: "eval", code: "x" }), false);
    assert.equal(isFromWebview(null), false);
    assert.equal(isFromWebview([]), false);
    assert.equal(isFromWebview({ type: "revealPython", span: { start: 1, end: 4 } }), true);
    for (const span of [undefined, null, { start: "1", end: 4 }, { start: 5, end: 4 }, { start: -1, end: 0 }, { start: 0.5, end: 1 }]) {
      assert.equal(isFromWebview({ type: "revealPython", span }), false, JSON.stringify(span));
    }
    assert.equal(isFromWebview({ type: "runFinished", exitCode: 0, lines: 3, stopped: null }), true);
    assert.equal(isFromWebview({ type: "runFinished", exitCode: "0", lines: 3, stopped: null }), false);
    assert.equal(isFromWebview({ type: "runFinished", exitCode: 0, lines: 3, stopped: 7 }), false);
    assert.equal(isFromWebview({ type: "runFinished", exitCode: 0, stopped: null }), false);
  });

  it("the webview checks the host's messages the same way", () => {
    const result = { python: "python3", stdout: "", stderr: "", exitCode: 0, timedOut: false, ms: 3 };
    assert.equal(isToWebview({ type: "pythonResult", result }), true);
    assert.equal(isToWebview({ type: "pythonResult", result: { ...result, stdout: 1 } }), false);
    assert.equal(isToWebview({ type: "pythonResult", result: { ...result, exitCode: 1.5 } }), false);
    assert.equal(isToWebview({ type: "status", text: "ok" }), true);
    assert.equal(isToWebview({ type: "status" }), false);
    assert.equal(isToWebview({ type: "show", model: { python: "", js: "" }, autoRun: false }), true);
    assert.equal(isToWebview({ type: "show", model: null, autoRun: false }), false);
    assert.equal(isToWebview({ type: "script", code: "alert(1)" }), false);
  });
});

describe("webview helpers", () => {
  it("tokenizes Python and TypeScript", () => {
    const py = tokenize("async def f(x):  # hi\n    return 'a' + 1", "python").map((t) => t.kind);
    assert.deepEqual(py, ["keyword", "keyword", "function", "comment", "keyword", "string", "number"]);
    const ts = tokenize("const x: number = `a${1}`; // c", "typescript").map((t) => t.kind);
    assert.deepEqual(ts, ["keyword", "type", "string", "comment"]);
  });

  it("wraps the program in an async function after the host shim", () => {
    const src = workerSource("await run(main);", "virtual");
    assert.match(src, /const __asyncioTsClock = "virtual";/);
    assert.ok(src.indexOf("globalThis.asyncioTsHost") < src.indexOf("await run(main);"));
    assert.match(src, /\(async \(\) => \{[\s\S]*await run\(main\);\n\}\)\(\)/);
  });
});
