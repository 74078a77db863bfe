/**
 * Every "Instead" row of docs/constructs.md (the impossible asyncio names and modules of
 * src/translate/asyncioApi.ts), by the name its row shows: each quote is words of the row, shown by a
 * CPython program doing what the refused construct does and a Node program doing what the row says to use.
 */
import type { Run, SentenceClaim, SentenceClaims } from "../claim";
import { insteadJs as js } from "./insteadJs";
import { insteadPython as py } from "./insteadPython";

const claim = (quote: string, says: string, python: Run | undefined, javascript: Run | undefined): SentenceClaim => ({ quote, says, ...(python && { python }), ...(javascript && { js: javascript }) });

const sharesNoObjects = "JavaScript's threads (Workers) share no objects, only the bytes of a SharedArrayBuffer";
const workerSays = "a Python thread changes the caller's objects; a Worker changes a copy, only SharedArrayBuffer bytes are shared, and the caller awaits its message";
const ioAsync = claim("I/O is already asynchronous in JavaScript", "Node's fs/promises calls return a promise at once", undefined, js.io);
const spawnClose = (python: Run) => [claim("use `child_process.spawn` (Node) and await its `close` event", "the child's output, and its status at `close`", python, js.spawn)] as const;
const execPromisified = (python: Run) => [claim("use `child_process.exec` (Node), promisified", "a shell command's output, from promisified exec", python, js.exec)] as const;
const tcpOrFetch = (python: Run) =>
  [
    claim("use `net.connect` (Node)", "a client connects to a loopback server and sends bytes the server reads", python, js.tcp),
    claim("or `fetch` for HTTP", "fetch of a loopback HTTP server", undefined, js.http),
  ] as const;
const servers = (python: Run) =>
  [
    claim("use `net.createServer` or `http.createServer` (Node)", "a loopback server reads what a client sends", python, js.tcp),
    claim("use `net.createServer` or `http.createServer` (Node)", "an http.createServer server answers fetch", undefined, js.http),
  ] as const;
const fetchAsync = (python: Run) => [claim("use `fetch` (`await fetch(url)`), which is asynchronous", "urllib/http.client block until the answer; fetch returns a promise at once", python, js.http)] as const;
const fdStream = [claim("wrap the file descriptor in a Node stream (`new net.Socket({ fd })` for a pipe or socket) and use its events", "CPython's loop watches a socket's descriptor; Node reads a pipe's descriptor through net.Socket's data events", py.fdWatch, js.fd)] as const;

export const insteadClaims = {
  "asyncio.to_thread": [claim(sharesNoObjects, workerSays, py.toThread, js.worker), claim("move the blocking work to a `worker_threads` Worker (Node) or a Web Worker and await a message from it", "a Worker's message, awaited", undefined, js.worker)],
  "loop.run_in_executor": [claim("use a `worker_threads` Worker (Node) or a Web Worker for CPU-bound work", "run_in_executor runs the function on another thread; a Worker answers with a message", py.runInExecutor, js.worker), ioAsync],
  "asyncio.run_coroutine_threadsafe": [claim("a `worker_threads` Worker talks to the main thread with `postMessage`", "another thread hands a coroutine to the loop; a Worker posts a message", py.runCoroutineThreadsafe, js.worker), claim(sharesNoObjects, workerSays, undefined, js.worker)],
  "asyncio.wrap_future": [claim("concurrent.futures needs threads: use a `worker_threads` Worker (Node) and a promise of its message", "a concurrent.futures future runs on a pool thread; a Worker's message comes as a promise", py.wrapFuture, js.worker)],
  "asyncio.create_subprocess_exec": spawnClose(py.subprocessExec),
  "asyncio.create_subprocess_shell": execPromisified(py.subprocessShell),
  "asyncio.open_connection": tcpOrFetch(py.streams),
  "asyncio.start_server": servers(py.streams),
  "asyncio.open_unix_connection": [claim("use `net.connect({ path })` (Node)", "a client reads from a Unix socket server", py.unix, js.unix)],
  "asyncio.start_unix_server": [claim("use `net.createServer().listen(path)` (Node)", "a server listens on a Unix socket path", py.unix, js.unix)],
  "asyncio.StreamReader": [claim("use a Node `net.Socket` (a readable stream: `for await (const chunk of socket)`)", "StreamReader.read(); for await over a socket", py.streams, js.tcp), claim("or `fetch`'s `response.body`", "for await over fetch's response.body", undefined, js.http)],
  "asyncio.StreamWriter": [claim("use a Node `net.Socket`'s `write()` and `end()`", "StreamWriter.write/write_eof; a socket's write() and end()", py.streams, js.tcp)],
  "asyncio.subprocess": [claim("use Node's `child_process` (`spawn`, `exec`)", "a child's output by spawn", py.subprocessExec, js.spawn), claim("use Node's `child_process` (`spawn`, `exec`)", "a shell command's output by exec", py.subprocessShell, js.exec)],
  "loop.subprocess_exec": spawnClose(py.loopSubprocess),
  "loop.subprocess_shell": execPromisified(py.loopSubprocess),
  "loop.create_connection": tcpOrFetch(py.protocols),
  "loop.create_server": servers(py.protocols),
  "loop.create_datagram_endpoint": [claim("use `dgram.createSocket` (Node)", "a UDP echo over loopback", py.datagram, js.udp)],
  "loop.sock_connect": [claim("use `net.connect` (Node): sockets are asynchronous there already", "sock_connect is awaited; net.connect returns at once, still connecting", py.sockMethods, js.tcp)],
  "loop.sock_recv": [claim("use a Node `net.Socket`'s `data` events or `for await (const chunk of socket)`", "sock_recv; a socket's data events and for await", py.sockMethods, js.tcp)],
  "loop.sock_sendall": [claim("use a Node `net.Socket`'s `write()`", "sock_sendall; a socket's write()", py.sockMethods, js.tcp)],
  "loop.sock_accept": [claim("use `net.createServer` and its `connection` event (Node)", "sock_accept; the server's connection event", py.sockMethods, js.tcp)],
  "loop.getaddrinfo": [claim("use `dns.promises.lookup` (Node)", "localhost resolves to 127.0.0.1", py.getaddrinfo, js.dns)],
  "loop.add_reader": fdStream,
  "loop.add_writer": fdStream,
  "loop.add_signal_handler": [claim('use `process.on("SIGINT", handler)` (Node)', "a SIGINT sent to itself runs the handler and the program goes on", py.signal, js.signal)],
  "import threading": [claim(sharesNoObjects, workerSays, py.threading, js.worker)],
  "import multiprocessing": [claim("use Node's `child_process.fork` or a `worker_threads` Worker, and await its messages", "a message from another process", py.multiprocessing, js.fork), claim("use Node's `child_process.fork` or a `worker_threads` Worker, and await its messages", "a Worker's message, awaited", undefined, js.worker)],
  "import concurrent.futures": [claim("use a `worker_threads` Worker (Node) and a promise of its message", "a pool thread's result; a Worker's message as a promise", py.concurrentFutures, js.worker), ioAsync],
  "import subprocess": [claim("use Node's `child_process` (`spawn`, `exec`), promisified", "a child's output by spawn", py.subprocess, js.spawn), claim("use Node's `child_process` (`spawn`, `exec`), promisified", "a shell command's output by promisified exec", undefined, js.exec)],
  "import socket": [
    claim("use Node's `net` (TCP)", "bytes over a socket pair; a TCP round trip with net", py.socket, js.tcp),
    claim("or `dgram` (UDP) module", "a UDP echo with dgram", undefined, js.udp),
    claim("or `fetch` for HTTP", "fetch of a loopback HTTP server", undefined, js.http),
  ],
  "import selectors": [claim("JavaScript's event loop already waits on sockets: use Node's `net` module's events", "a selector waits for a readable socket; Node delivers connect, data and end as events with no select call", py.selectors, js.tcp)],
  "import urllib.request": fetchAsync(py.urllib),
  "import http.client": fetchAsync(py.httpClient),
} satisfies Record<string, SentenceClaims>;
