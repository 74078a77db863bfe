/** The Python side of the "Instead" rows of docs/constructs.md: what the refused construct does under CPython. */
import type { Run } from "../claim";

export const insteadPython = {
  toThread: {
    code: `import asyncio, threading\nobj = {"n": 0}\ndef work():\n    obj["n"] = 1\n    return threading.current_thread() is threading.main_thread()\nasync def main():\n    on_main = await asyncio.to_thread(work)\n    print("on the main thread:", on_main, "object:", obj["n"])\nasyncio.run(main())\n`,
    stdout: "on the main thread: False object: 1\n",
  },
  threading: {
    code: `import threading\nobj = {"n": 0}\nt = threading.Thread(target=lambda: obj.update(n=1))\nt.start()\nt.join()\nprint("object:", obj["n"])\n`,
    stdout: "object: 1\n",
  },
  runCoroutineThreadsafe: {
    code: `import asyncio, threading\nasync def hello():\n    return "ran on the loop"\ndef from_thread(loop, out):\n    out.append(asyncio.run_coroutine_threadsafe(hello(), loop).result())\nasync def main():\n    out = []\n    t = threading.Thread(target=from_thread, args=(asyncio.get_running_loop(), out))\n    t.start()\n    while t.is_alive():\n        await asyncio.sleep(0.01)\n    print(out[0])\nasyncio.run(main())\n`,
    stdout: "ran on the loop\n",
  },
  runInExecutor: {
    code: `import asyncio, threading\ndef work():\n    return threading.current_thread() is threading.main_thread()\nasync def main():\n    print("on the main thread:", await asyncio.get_running_loop().run_in_executor(None, work))\nasyncio.run(main())\n`,
    stdout: "on the main thread: False\n",
  },
  wrapFuture: {
    code: `import asyncio, concurrent.futures, threading\ndef work():\n    return threading.current_thread() is threading.main_thread()\nasync def main():\n    with concurrent.futures.ThreadPoolExecutor() as pool:\n        print("on the main thread:", await asyncio.wrap_future(pool.submit(work)))\nasyncio.run(main())\n`,
    stdout: "on the main thread: False\n",
  },
  concurrentFutures: {
    code: `import concurrent.futures, threading\ndef work():\n    return threading.current_thread() is threading.main_thread()\nwith concurrent.futures.ThreadPoolExecutor() as pool:\n    print("on the main thread:", pool.submit(work).result())\n`,
    stdout: "on the main thread: False\n",
  },
  subprocessExec: {
    code: `import asyncio, sys\nasync def main():\n    p = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('child says hi')", stdout=asyncio.subprocess.PIPE)\n    out, _ = await p.communicate()\n    print(repr(out.decode()), p.returncode)\nasyncio.run(main())\n`,
    stdout: "'child says hi\\n' 0\n",
  },
  subprocessShell: {
    code: `import asyncio\nasync def main():\n    p = await asyncio.create_subprocess_shell("echo child says hi", stdout=asyncio.subprocess.PIPE)\n    out, _ = await p.communicate()\n    print(repr(out.decode()), p.returncode)\nasyncio.run(main())\n`,
    stdout: "'child says hi\\n' 0\n",
  },
  subprocess: {
    code: `import subprocess, sys\nprint(repr(subprocess.run([sys.executable, "-c", "print('child says hi')"], capture_output=True, text=True).stdout))\n`,
    stdout: "'child says hi\\n'\n",
  },
  multiprocessing: {
    code: `import multiprocessing, os\ndef child(q, parent):\n    q.put("hi from " + ("this" if os.getpid() == parent else "another") + " process")\nq = multiprocessing.Queue()\np = multiprocessing.Process(target=child, args=(q, os.getpid()))\np.start()\nprint(q.get())\np.join()\n`,
    stdout: "hi from another process\n",
  },
  streams: {
    code: `import asyncio\nasync def handle(reader, writer):\n    print("server read", repr((await reader.read()).decode()))\n    writer.close()\nasync def main():\n    server = await asyncio.start_server(handle, "127.0.0.1", 0)\n    port = server.sockets[0].getsockname()[1]\n    reader, writer = await asyncio.open_connection("127.0.0.1", port)\n    writer.write(b"hello ")\n    writer.write(b"world")\n    writer.write_eof()\n    await reader.read()\n    writer.close()\n    server.close()\n    await server.wait_closed()\nasyncio.run(main())\n`,
    stdout: "server read 'hello world'\n",
  },
  unix: {
    code: `import asyncio, os, tempfile\nasync def handle(reader, writer):\n    writer.write(b"hello over .sock")\n    writer.close()\nasync def main():\n    path = os.path.join(tempfile.gettempdir(), f"claim-{os.getpid()}.sock")\n    server = await asyncio.start_unix_server(handle, path)\n    reader, writer = await asyncio.open_unix_connection(path)\n    print((await reader.read()).decode())\n    writer.close()\n    server.close()\n    await server.wait_closed()\nasyncio.run(main())\n`,
    stdout: "hello over .sock\n",
  },
  protocols: {
    code: `import asyncio\nclass Server(asyncio.Protocol):\n    def connection_made(self, transport):\n        self.got = b""\n    def data_received(self, data):\n        self.got += data\n    def eof_received(self):\n        print("server read", repr(self.got.decode()))\n        done.set_result(None)\nasync def main():\n    global done\n    loop = asyncio.get_running_loop()\n    done = loop.create_future()\n    server = await loop.create_server(Server, "127.0.0.1", 0)\n    port = server.sockets[0].getsockname()[1]\n    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)\n    transport.write(b"hello world")\n    transport.write_eof()\n    await done\n    transport.close()\n    server.close()\nasyncio.run(main())\n`,
    stdout: "server read 'hello world'\n",
  },
  sockMethods: {
    code: `import asyncio, socket\nasync def main():\n    loop = asyncio.get_running_loop()\n    listener = socket.create_server(("127.0.0.1", 0))\n    listener.setblocking(False)\n    client = socket.socket()\n    client.setblocking(False)\n    await loop.sock_connect(client, listener.getsockname())\n    conn, _ = await loop.sock_accept(listener)\n    await loop.sock_sendall(client, b"hello world")\n    print("server read", repr((await loop.sock_recv(conn, 100)).decode()))\n    for s in (client, conn, listener):\n        s.close()\nasyncio.run(main())\n`,
    stdout: "server read 'hello world'\n",
  },
  datagram: {
    code: `import asyncio\nclass Echo(asyncio.DatagramProtocol):\n    def connection_made(self, transport):\n        self.transport = transport\n    def datagram_received(self, data, addr):\n        self.transport.sendto(b"echo " + data, addr)\nclass Client(asyncio.DatagramProtocol):\n    def __init__(self, reply):\n        self.reply = reply\n    def datagram_received(self, data, addr):\n        self.reply.set_result(data)\nasync def main():\n    loop = asyncio.get_running_loop()\n    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))\n    reply = loop.create_future()\n    client, _ = await loop.create_datagram_endpoint(lambda: Client(reply), remote_addr=server.get_extra_info("sockname"))\n    client.sendto(b"ping")\n    print((await reply).decode())\n    client.close()\n    server.close()\nasyncio.run(main())\n`,
    stdout: "echo ping\n",
  },
  getaddrinfo: {
    code: `import asyncio, socket\nasync def main():\n    infos = await asyncio.get_running_loop().getaddrinfo("localhost", None, family=socket.AF_INET)\n    print(infos[0][4][0])\nasyncio.run(main())\n`,
    stdout: "127.0.0.1\n",
  },
  fdWatch: {
    code: `import asyncio, socket\nasync def main():\n    loop = asyncio.get_running_loop()\n    a, b = socket.socketpair()\n    a.setblocking(False)\n    readable = loop.create_future()\n    loop.add_reader(a.fileno(), lambda: readable.set_result(a.recv(100)))\n    writable = loop.create_future()\n    loop.add_writer(b.fileno(), lambda: writable.done() or writable.set_result(None))\n    await writable\n    loop.remove_writer(b.fileno())\n    b.send(b"hello")\n    print("fd readable:", (await readable).decode())\n    loop.remove_reader(a.fileno())\n    a.close(); b.close()\nasyncio.run(main())\n`,
    stdout: "fd readable: hello\n",
  },
  signal: {
    code: `import asyncio, os, signal\nasync def main():\n    handled = asyncio.get_running_loop().create_future()\n    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, lambda: handled.set_result("SIGINT handled"))\n    os.kill(os.getpid(), signal.SIGINT)\n    print(await handled)\n    print("still running")\nasyncio.run(main())\n`,
    stdout: "SIGINT handled\nstill running\n",
  },
  socket: {
    code: `import socket\na, b = socket.socketpair()\na.sendall(b"hello")\nprint(b.recv(100).decode())\n`,
    stdout: "hello\n",
  },
  selectors: {
    code: `import selectors, socket\na, b = socket.socketpair()\nsel = selectors.DefaultSelector()\nsel.register(b, selectors.EVENT_READ)\na.sendall(b"hello")\nfor key, events in sel.select(timeout=1):\n    print("readable:", key.fileobj.recv(100).decode())\n`,
    stdout: "readable: hello\n",
  },
  urllib: {
    code: `import http.server, threading, urllib.request\nclass Hello(http.server.BaseHTTPRequestHandler):\n    def do_GET(self):\n        body = ("hello from " + self.path).encode()\n        self.send_response(200)\n        self.send_header("Content-Length", str(len(body)))\n        self.end_headers()\n        self.wfile.write(body)\n    def log_message(self, *args):\n        pass\nserver = http.server.HTTPServer(("127.0.0.1", 0), Hello)\nthreading.Thread(target=server.serve_forever, daemon=True).start()\nwith urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/page") as r:\n    print(r.status, r.read().decode())\nserver.shutdown()\n`,
    stdout: "200 hello from /page\n",
  },
  httpClient: {
    code: `import http.client, http.server, threading\nclass Hello(http.server.BaseHTTPRequestHandler):\n    def do_GET(self):\n        body = ("hello from " + self.path).encode()\n        self.send_response(200)\n        self.send_header("Content-Length", str(len(body)))\n        self.end_headers()\n        self.wfile.write(body)\n    def log_message(self, *args):\n        pass\nserver = http.server.HTTPServer(("127.0.0.1", 0), Hello)\nthreading.Thread(target=server.serve_forever, daemon=True).start()\nc = http.client.HTTPConnection("127.0.0.1", server.server_port)\nc.request("GET", "/page")\nr = c.getresponse()\nprint(r.status, r.read().decode())\nserver.shutdown()\n`,
    stdout: "200 hello from /page\n",
  },
  loopSubprocess: {
    code: `import asyncio, sys\nclass Collect(asyncio.SubprocessProtocol):\n    def __init__(self, done):\n        self.out, self.done = b"", done\n    def pipe_data_received(self, fd, data):\n        self.out += data\n    def pipe_connection_lost(self, fd, exc):\n        self.done.set_result(self.out.decode())\nasync def main():\n    loop = asyncio.get_running_loop()\n    for how in ("exec", "shell"):\n        done = loop.create_future()\n        if how == "exec":\n            transport, _ = await loop.subprocess_exec(lambda: Collect(done), sys.executable, "-c", "print('child says hi')", stdin=None, stderr=None)\n        else:\n            transport, _ = await loop.subprocess_shell(lambda: Collect(done), "echo child says hi", stdin=None, stderr=None)\n        print(how, repr(await done))\n        transport.close()\nasyncio.run(main())\n`,
    stdout: "exec 'child says hi\\n'\nshell 'child says hi\\n'\n",
  },
} satisfies Record<string, Run>;
