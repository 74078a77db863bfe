/**
 * The standard-library modules a translation knows besides asyncio, contextlib and time: one file
 * per module in this folder, each exporting a `StdlibModule` table. To add a module, write
 * `src/translate/stdlib/NAME.ts` and add it to the list below (kept in alphabetical order); the
 * import check, dispatch, diagnostics and the generated docs all follow from its table.
 */
import { collectionsModule } from "./collections";
import { collectionsAbcModule } from "./collectionsAbc";
import { dataclassesModule } from "./dataclasses";
import { datetimeModule } from "./datetime";
import { enumModule } from "./enum";
import { functoolsModule } from "./functools";
import type { StdlibModule } from "./module";
import { contextvarsModule } from "./contextvars";
import { inspectModule } from "./inspect";
import { itertoolsModule } from "./itertools";
import { jsonModule } from "./json";
import { loggingModule } from "./logging";
import { mathModule } from "./math";
import { randomModule } from "./random";
import { statisticsModule } from "./statistics";
import { stringModule } from "./string";
import { sysModule } from "./sys";
import { typingModule } from "./typing";

export const stdlibModules: readonly StdlibModule[] = [
  collectionsModule,
  collectionsAbcModule,
  contextvarsModule,
  dataclassesModule,
  datetimeModule,
  enumModule,
  functoolsModule,
  inspectModule,
  itertoolsModule,
  jsonModule,
  loggingModule,
  mathModule,
  randomModule,
  statisticsModule,
  stringModule,
  sysModule,
  typingModule,
];

const byName: ReadonlyMap<string, StdlibModule> = new Map(stdlibModules.map((m) => [m.name, m]));

export function stdlibModule(name: string): StdlibModule | undefined {
  return byName.get(name);
}
