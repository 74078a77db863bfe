/** Python's `string` module: its character-class constants and capwords(). */

export const asciiLowercase = "abcdefghijklmnopqrstuvwxyz";
export const asciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const asciiLetters = asciiLowercase + asciiUppercase;
export const digits = "0123456789";
export const hexdigits = "0123456789abcdefABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const whitespace = " \t\n\r\x0b\x0c";
export const printable = digits + asciiLetters + punctuation + whitespace;

/** capwords(s, sep=None): split, capitalize each word (the rest lowercased), join with sep or one space. */
export function capwords(s: string, sep: string | null = null): string {
  // str.split() with no separator: runs of whitespace, none at the ends (\s is nearly Python's isspace).
  const words = sep === null ? s.split(/\s+/).filter((w) => w !== "") : s.split(sep);
  const capitalize = (w: string): string => (w === "" ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  return words.map(capitalize).join(sep ?? " ");
}
