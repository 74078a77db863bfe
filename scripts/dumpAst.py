#!/usr/bin/env python3
"""Prints CPython's AST of Python files, in the format src/python/dump.ts reproduces.

Usage: dumpAst.py FILE            prints ast.dump(tree, indent=1) of FILE
       dumpAst.py --batch         reads file paths (one a line) on stdin and prints one JSON
                                  object a line: {"path", "dump" | "error", "ms", "source"?}

The batch form lets the comparison run one Python process over many files.

Normalisation (what is compared, and why):
- ast.dump with include_attributes=False: positions are not compared. Our AST carries UTF-16
  offsets, CPython's line/UTF-8 byte columns; the two are not the same representation.
- Files are decoded as CPython decodes them (tokenize.open: BOM and coding cookie). When the text
  is not the file's plain UTF-8 reading (latin-1 files, a BOM), it is sent along as "source" so the
  TypeScript side parses the very same text. CRLF files are not normalised: we parse them raw, and
  CPython's universal newlines are part of what we must reproduce.
- type_comment fields are None on both sides (ast.parse without type_comments=True).
- Surrogate pairs in str constants are joined: '\ud834\udd1e' (two escapes) is two code points in
  Python but the same UTF-16 as '\U0001d11e' in JavaScript, which cannot tell them apart. Lone
  surrogates are kept as they are.
- Nothing else: constants are compared through repr, so 1 and 1.0, 'a' and b'a', -0.0 and 0.0
  stay apart.
"""
import ast
import json
import sys
import time
import tokenize
import warnings


def read_source(path):
    with tokenize.open(path) as f:
        return f.read()


def join_surrogate_pairs(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if any("\ud800" <= c <= "\udbff" for c in value):
                utf16 = value.encode("utf-16-le", "surrogatepass")
                node.value = utf16.decode("utf-16-le", "surrogatepass")
    return tree


def dump(path):
    result = {"path": path}
    try:
        text = read_source(path)
        with open(path, "rb") as f:
            raw = f.read()
        try:
            plain = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            plain = None
        if plain != text:
            result["source"] = text
        start = time.perf_counter()
        tree = ast.parse(text, filename=path)
        result["ms"] = (time.perf_counter() - start) * 1000
        result["dump"] = ast.dump(join_surrogate_pairs(tree), indent=1)
    except (SyntaxError, ValueError, UnicodeDecodeError, LookupError) as error:
        result["error"] = f"{type(error).__name__}: {error}"
    return result


def main():
    warnings.simplefilter("ignore")  # invalid escape sequences etc. in old files
    if sys.argv[1:] == ["--batch"]:
        for line in sys.stdin:
            path = line.rstrip("\n")
            if path:
                print(json.dumps(dump(path)), flush=False)
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    result = dump(sys.argv[1])
    print(result.get("dump") or result["error"])


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main()
