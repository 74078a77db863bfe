// Driving the VS Code workbench in Chromium (playwright-core), shared by the UI tests.

/**
 * Runs a command from the palette (F1). Contributed commands appear only once the extension host has registered
 * the extension, so the palette is reopened until the row shows up.
 */
export async function runFromPalette(page, title) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.fill(`>${title}`);
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 2_000 });
      return input.press("Enter");
    } catch (err) {
      if (attempt >= 15) throw err;
      await input.press("Escape");
    }
  }
}

/** Closes all editors, opens a workspace file with Quick Open (Ctrl+P) and focuses its text. */
export async function openFile(page, name) {
  await runFromPalette(page, "View: Close All Editors");
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor();
  await input.press("Enter");
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").waitFor();
  await editor.locator(".view-lines").click();
  return editor;
}

/** The content of the active webview (the panel): VS Code nests it in two iframes. */
export function activeWebview(page) {
  return page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
}
