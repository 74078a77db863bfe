/** Python's `string` module: its character-class constants and stringCapwords(). */

export const stringAsciiLowercase = "abcdefghijklmnopqrstuvwxyz";
export const stringAsciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const stringAsciiLetters = stringAsciiLowercase + stringAsciiUppercase;
export const stringDigits = "0123456789";
export const stringHexdigits = "0123456789abcdefABCDEF";
export const stringOctdigits = "01234567";
export const stringPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const stringWhitespace = " \t\n\r\x0b\x0c";
export const stringPrintable = stringDigits + stringAsciiLetters + stringPunctuation + stringWhitespace;

/** stringCapwords(s, sep=None): split, capitalize each word (the rest lowercased), join with sep or one space. */
export function stringCapwords(s: string, sep: string | null = null): string {
  // str.split() with no separator: runs of stringWhitespace, none at the ends (\s is nearly Python's isspace).
  const words = sep === null ? s.split(/\s+/).filter((w) => w !== "") : s.split(sep);
  const capitalize = (w: string): string => (w === "" ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  return words.map(capitalize).join(sep ?? " ");
}
