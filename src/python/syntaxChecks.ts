import type { Diagnostic } from "../core/diagnostics";
import type { Module } from "./ast";
export function checkModule(_module: Module): Diagnostic[] { return []; }
