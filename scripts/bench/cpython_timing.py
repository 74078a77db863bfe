"""CPython reference timings for `npm run bench` (scripts/bench/index.ts).

Reads a JSON object on stdin: {"lists": {name: [path, ...]}, "latency": {"path": p, "runs": n}} and prints one
JSON object: per list, ast.parse alone and ast.parse + compile over every file (bytes read up front, only the
calls timed; files CPython cannot parse are counted and excluded from the compile pass), and the latency of
ast.parse + compile of one file (p50/p95 over n warm runs).
"""
import ast
import json
import sys
import time


def read_all(paths):
    out = []
    for p in paths:
        with open(p, "rb") as f:
            out.append((p, f.read()))
    return out


def time_list(files):
    parsed = []
    errors = 0
    nbytes = 0
    start = time.perf_counter()
    for path, data in files:
        try:
            parsed.append((path, data, ast.parse(data, path)))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            errors += 1
    parse_s = time.perf_counter() - start
    for _, data, _ in parsed:
        nbytes += len(data)
    # parse + compile, on the files that parse (compile from source, as a user's `python -m py_compile` would)
    compile_errors = 0
    start = time.perf_counter()
    for path, data, _ in parsed:
        try:
            compile(ast.parse(data, path), path, "exec")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            compile_errors += 1
    compile_s = time.perf_counter() - start
    return {
        "files": len(files),
        "bytes": sum(len(d) for _, d in files),
        "parsed": len(parsed),
        "parsedBytes": nbytes,
        "parseErrors": errors,
        "parseMs": parse_s * 1000,
        "compileErrors": compile_errors,
        "parseCompileMs": compile_s * 1000,
    }


def percentile(sorted_values, p):
    i = min(len(sorted_values) - 1, max(0, int(round(p / 100 * (len(sorted_values) - 1)))))
    return sorted_values[i]


def main():
    request = json.load(sys.stdin)
    result = {"version": sys.version.split()[0], "lists": {}}
    for name, paths in request["lists"].items():
        result["lists"][name] = time_list(read_all(paths))
    lat = request.get("latency")
    if lat:
        with open(lat["path"], "rb") as f:
            data = f.read()
        for _ in range(20):
            compile(ast.parse(data), "sel.py", "exec")
        samples = []
        for _ in range(lat["runs"]):
            t = time.perf_counter()
            compile(ast.parse(data), "sel.py", "exec")
            samples.append((time.perf_counter() - t) * 1000)
        samples.sort()
        result["latency"] = {"p50": percentile(samples, 50), "p95": percentile(samples, 95)}
    json.dump(result, sys.stdout)


main()
