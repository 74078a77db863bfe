/// <reference lib="dom" />
/** Tiny DOM helpers: elements are built with textContent only, never from HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; title?: string; attrs?: Record<string, string> } = {}, children: (Node | null | undefined)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function button(label: string, onClick: () => void, opts: { id?: string; title?: string; className?: string; keyHint?: string } = {}): HTMLButtonElement {
  const b = el("button", { className: opts.className ?? "", text: label, title: opts.title ?? label, attrs: { type: "button", ...(opts.id ? { id: opts.id } : {}), ...(opts.keyHint ? { "aria-keyshortcuts": opts.keyHint } : {}) } });
  b.addEventListener("click", onClick);
  return b;
}
