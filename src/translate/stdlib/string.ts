/** `string`: the character-class constants (ascii_letters, digits, punctuation...) and capwords. */
import { nameTable } from "../../core/nameTable";
import { T } from "../types";
import { bindArgs, positional } from "./callForms";
import { supported, type StdlibModule } from "./module";

const constants: Readonly<Record<string, string>> = nameTable({
  ascii_letters: "stringAsciiLetters",
  ascii_lowercase: "stringAsciiLowercase",
  ascii_uppercase: "stringAsciiUppercase",
  digits: "stringDigits",
  hexdigits: "stringHexdigits",
  octdigits: "stringOctdigits",
  punctuation: "stringPunctuation",
  whitespace: "stringWhitespace",
  printable: "stringPrintable",
});

export const stringModule: StdlibModule = {
  name: "string",
  summary: "the character-class constants and capwords",
  names: [...Object.entries(constants).map(([name, helper]) => supported(name, `\`${helper}\``, [helper], "stringModule")), supported("capwords", "`stringCapwords(s, sep)`", ["stringCapwords"])],
  value: (ctx, name, e) => {
    const helper = constants[name];
    if (!helper) return null;
    ctx.note("stringModule", e);
    return { ir: ctx.helper(helper, e), type: T.str };
  },
  call: (ctx, name, e) => {
    if (name !== "capwords") return null;
    const args = bindArgs(ctx, e, ["s", "sep"]);
    return args ? { ir: ctx.callHelper("stringCapwords", positional(args, ["s", "sep"]), e), type: T.str } : null;
  },
};
