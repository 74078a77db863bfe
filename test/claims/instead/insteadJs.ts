/**
 * The JavaScript side of the "Instead" rows of docs/constructs.md: each program does, with Node's own modules,
 * what the row tells a reader to use (all on this machine: loopback sockets, a temporary file, a child process).
 */
import type { Run } from "../claim";

export const insteadJs = {
  worker: {
    code: `import { Worker } from "node:worker_threads";\nconst obj = { n: 0 };\nconst shared = new Int32Array(new SharedArrayBuffer(4));\nconst worker = new Worker(\`const { parentPort, workerData } = require("node:worker_threads");\\nworkerData.obj.n = 1;\\nworkerData.shared[0] = 1;\\nparentPort.postMessage("done");\`, { eval: true, execArgv: [], workerData: { obj, shared } });\nconst message = await new Promise((r) => worker.once("message", r));\nconsole.log(message, "object:", obj.n, "shared bytes:", shared[0]);\n`,
    stdout: "done object: 0 shared bytes: 1\n",
  },
  io: {
    code: `import { stat } from "node:fs/promises";\nconst pending = stat(process.execPath);\nconsole.log("stat started:", pending instanceof Promise);\nconsole.log("is a file:", (await pending).isFile());\n`,
    stdout: "stat started: true\nis a file: true\n",
  },
  spawn: {
    code: `import { spawn } from "node:child_process";\nconst child = spawn(process.execPath, ["-e", "console.log('child says hi')"]);\nlet out = "";\nchild.stdout.on("data", (d) => (out += d));\nconst code = await new Promise((r) => child.on("close", r));\nconsole.log(JSON.stringify(out), code);\n`,
    stdout: "\"child says hi\\n\" 0\n",
  },
  fork: {
    code: `import { fork } from "node:child_process";\nimport { writeFileSync, rmSync } from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nconst file = path.join(os.tmpdir(), \`claim-child-\${process.pid}.cjs\`);\nwriteFileSync(file, \`process.send("hi from " + (process.pid === \${process.pid} ? "this" : "another") + " process");\`);\nconst child = fork(file);\nconsole.log(await new Promise((r) => child.once("message", r)));\nawait new Promise((r) => child.on("exit", r));\nrmSync(file);\n`,
    stdout: "hi from another process\n",
  },
  tcp: {
    code: `import net from "node:net";\nconst server = net.createServer({ allowHalfOpen: true });\nserver.on("connection", (socket) => {\n  let got = "";\n  socket.on("data", (chunk) => (got += chunk));\n  socket.on("end", () => { console.log("server read", JSON.stringify(got)); socket.end("bye"); });\n});\nawait new Promise((r) => server.listen(0, "127.0.0.1", r));\nconst client = net.connect(server.address().port, "127.0.0.1");\nconsole.log("connecting", client.connecting);\nclient.on("connect", () => console.log("connected"));\nclient.write("hello ");\nclient.end("world");\nlet reply = "";\nfor await (const chunk of client) reply += chunk;\nconsole.log("client read", JSON.stringify(reply));\nserver.close();\n`,
    stdout: "connecting true\nconnected\nserver read \"hello world\"\nclient read \"bye\"\n",
  },
  http: {
    code: `import http from "node:http";\nconst server = http.createServer((req, res) => res.end("hello from " + req.url));\nawait new Promise((r) => server.listen(0, "127.0.0.1", r));\nconst pending = fetch(\`http://127.0.0.1:\${server.address().port}/page\`);\nconsole.log(pending instanceof Promise);\nconst response = await pending;\nlet body = "";\nfor await (const chunk of response.body) body += Buffer.from(chunk);\nconsole.log(response.status, body);\nserver.close();\n`,
    stdout: "true\n200 hello from /page\n",
  },
  unix: {
    code: `import net from "node:net";\nimport os from "node:os";\nimport path from "node:path";\nconst file = path.join(os.tmpdir(), \`claim-\${process.pid}.sock\`);\nconst server = net.createServer((socket) => { socket.end("hello over " + path.extname(file)); }).listen(file);\nawait new Promise((r) => server.on("listening", r));\nconst socket = net.connect({ path: file });\nlet got = "";\nfor await (const chunk of socket) got += chunk;\nconsole.log(got);\nserver.close();\n`,
    stdout: "hello over .sock\n",
  },
  udp: {
    code: `import dgram from "node:dgram";\nconst server = dgram.createSocket("udp4");\nserver.on("message", (msg, from) => { server.send("echo " + msg, from.port, from.address); });\nawait new Promise((r) => server.bind(0, "127.0.0.1", r));\nconst client = dgram.createSocket("udp4");\nclient.send("ping", server.address().port, "127.0.0.1");\nconst [reply] = await new Promise((r) => client.once("message", (...a) => r(a)));\nconsole.log(String(reply));\nclient.close(); server.close();\n`,
    stdout: "echo ping\n",
  },
  fd: {
    code: `import { spawn } from "node:child_process";\nconst reader = \`new (require("node:net").Socket)({ fd: 0, readable: true }).on("data", (d) => console.log("fd 0 readable:", String(d).trim()));\`;\nconst child = spawn(process.execPath, ["-e", reader], { stdio: ["pipe", "inherit", "inherit"] });\nchild.stdin.end("hello\\n");\nawait new Promise((r) => child.on("close", r));\n`,
    stdout: "fd 0 readable: hello\n",
  },
  exec: { code: `import { exec } from "node:child_process";\nimport { promisify } from "node:util";\nconst { stdout } = await promisify(exec)("echo child says hi");\nconsole.log(JSON.stringify(stdout));\n`, stdout: '"child says hi\\n"\n' },
  dns: { code: `import dns from "node:dns";\nconsole.log((await dns.promises.lookup("localhost", { family: 4 })).address);\n`, stdout: "127.0.0.1\n" },
  signal: { code: `// A signal listener does not keep Node running: the timer does, until the signal comes.\nconst alive = setTimeout(() => {}, 10_000);\nawait new Promise((resolve) => {\n  process.once("SIGINT", () => { console.log("SIGINT handled"); resolve(); });\n  process.kill(process.pid, "SIGINT");\n});\nclearTimeout(alive);\nconsole.log("still running");\n`, stdout: "SIGINT handled\nstill running\n" },
} satisfies Record<string, Run>;
