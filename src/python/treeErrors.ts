import type { Diagnostic } from "../core/diagnostics";
import type { CstNode } from "./cst";
export function treeErrors(_source: string, _root: CstNode): Diagnostic[] { return []; }
