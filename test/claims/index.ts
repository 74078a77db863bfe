/** Every teaching note's claims: the mapped type makes a note without claims a type error. */
import type { NoteId } from "../../src/translate/notes";
import { asyncioClaims } from "./asyncioClaims";
import type { Claims } from "./claim";
import { languageClaims } from "./languageClaims";
import { semanticsLibraryClaims } from "./semanticsLibraryClaims";
import { semanticsLoopClaims } from "./semanticsLoopClaims";
import { stdlibClaims } from "./stdlibClaims";
import { structureClaims } from "./structureClaims";

export const noteClaims: { readonly [K in NoteId]: Claims } = { ...asyncioClaims, ...structureClaims, ...languageClaims, ...stdlibClaims };

/** Every rule of docs/semantics.md, by the id its `<!-- claims: id -->` marker names (test/unit/sentenceClaims.test.ts ties them). */
export const semanticsClaims = { ...semanticsLoopClaims, ...semanticsLibraryClaims };

/** Every "Instead" row of docs/constructs.md, by the name the row shows (`asyncio.to_thread`, `import threading`). */
export { insteadClaims } from "./instead/insteadClaims";
