/** Writes docs/constructs.md and the README's asyncio API and standard-library lists from their tables. */
import { readFileSync, writeFileSync } from "node:fs";
import { constructsMarkdown, withReadmeApiList } from "../src/docs/constructsDoc";
import { withReadmeStdlibList } from "../src/docs/stdlibDoc";

writeFileSync("docs/constructs.md", constructsMarkdown());
writeFileSync("README.md", withReadmeStdlibList(withReadmeApiList(readFileSync("README.md", "utf8"))));
console.log("wrote docs/constructs.md and README.md's asyncio API and standard-library lists");
