/** Writes docs/constructs.md and the README's asyncio API list from the asyncio table. */
import { readFileSync, writeFileSync } from "node:fs";
import { constructsMarkdown, withReadmeApiList } from "../src/docs/constructsDoc";

writeFileSync("docs/constructs.md", constructsMarkdown());
writeFileSync("README.md", withReadmeApiList(readFileSync("README.md", "utf8")));
console.log("wrote docs/constructs.md and README.md's asyncio API list");
