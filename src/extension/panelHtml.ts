/** The panel's HTML: a strict Content-Security-Policy, the script loaded by nonce, everything else built by the script. */
import { randomBytes } from "node:crypto";

export interface HtmlResources {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Webview URIs of the bundled script and the stylesheet. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce?: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString("base64").replace(/[^A-Za-z0-9]/g, "");
}

/** No inline script or style, no eval; the translation runs in a Worker made from a blob URL. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    "worker-src blob:",
  ].join("; ");
}

export function panelHtml(res: HtmlResources): string {
  const nonce = res.nonce ?? makeNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(res.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(res.styleUri)}">
<title>asyncio-ts</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="loading">Translating…</p></main>
<script nonce="${nonce}" src="${escapeAttr(res.scriptUri)}"></script>
</body>
</html>`;
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
